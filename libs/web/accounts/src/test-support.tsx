import { ApolloProvider } from '@apollo/client/react';
import {
  createApolloClient,
  fakeGraphqlFetch,
  type FakeAnswer,
  type FakeRequest,
} from '@bs/web/data-access';
import { initI18n } from '@bs/web/i18n';
import { render } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';

export const VIEWER = {
  __typename: 'Viewer',
  id: 'u-erika',
  displayName: 'Erika Muster',
  email: 'erika@example.org',
  emailVerified: true,
  locale: 'de',
  platformRole: 'USER',
};

/**
 * Renders a page at `path` in StrictMode (as the app does) with German texts, Apollo against
 * a fake API and a memory router whose other routes render nothing but their path.
 */
export function renderPage(
  element: ReactNode,
  { path, answer }: { path: string; answer: (request: FakeRequest) => FakeAnswer },
) {
  const api = fakeGraphqlFetch(answer);
  const i18n = initI18n({ language: 'de' });
  const pattern = path.split('?')[0] ?? path;
  const router = createMemoryRouter(
    [
      { path: pattern, element },
      { path: '*', element: <p>elsewhere</p> },
    ],
    { initialEntries: [path] },
  );
  const view = render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ApolloProvider client={createApolloClient({ fetch: api.fetch })}>
          <RouterProvider router={router} />
        </ApolloProvider>
      </I18nextProvider>
    </StrictMode>,
  );
  return { ...view, api, router, i18n };
}
