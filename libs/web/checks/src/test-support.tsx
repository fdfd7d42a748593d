import { ApolloProvider } from '@apollo/client/react';
import {
  createApolloClient,
  fakeGraphqlFetch,
  type FakeAnswer,
  type FakeRequest,
} from '@bs/web/data-access';
import { initI18n } from '@bs/web/i18n';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';

export const ORGANISATION_ID = 'c0000000-0000-4000-8000-000000000001';
export const ASSESSMENT_ID = 'a0000000-0000-4000-8000-000000000001';

export const VIEWER = {
  __typename: 'Viewer',
  id: 'u-erika',
  displayName: 'Erika Muster',
  email: 'erika@example.org',
  emailVerified: true,
  locale: 'de',
  platformRole: 'USER',
};

export const membership = (role: string) => ({
  __typename: 'MyOrganisation',
  role,
  organisation: {
    __typename: 'Organisation',
    id: ORGANISATION_ID,
    name: 'Tafel e. V.',
    kind: 'ZO',
  },
});

const text = (de: string, en = de) => ({ __typename: 'LocalizedText', de, en });

/** A small catalogue: seven checkpoints with two examples each; checkpoint 3 with criteria. */
export const CATALOGUE = {
  __typename: 'CheckCatalogue',
  template: 'ZO_KMU',
  version: 1,
  kind: 'ZO',
  title: text('Zusammenarbeit mit KMU'),
  checkpoints: [1, 2, 3, 4, 5, 6, 7].map((number) => ({
    __typename: 'CheckpointDefinition',
    number,
    code: `cp-${number}`,
    title: text(`Titel ${number}`, `Title ${number}`),
    statement: text(`Aussage ${number}`),
    whatGoodLooksLike: text(`Gute Praxis ${number}`),
    whyItMatters: text(`Warum ${number}`),
    examples: [
      {
        __typename: 'CheckExample',
        code: `zo-${number}-a`,
        text: text(`Beispiel ${number}a`),
        codes: [],
      },
      ...(number === 3
        ? [
            {
              __typename: 'CheckExample',
              code: 'zo-3-quality-criteria',
              text: text('Qualitätskriterien festlegen'),
              codes: [{ __typename: 'ExampleCode', type: 'qualityCriterion', code: 'reputation' }],
            },
          ]
        : []),
    ],
  })),
};

export const answer = (number: number, changes: Record<string, unknown> = {}) => ({
  __typename: 'CheckpointAnswer',
  number,
  rating: null,
  tickedExamples: [],
  notes: '',
  requiredCriteria: [],
  exitCriteria: [],
  ...changes,
});

export const assessment = (
  revision: number,
  checkpoints = [1, 2, 3, 4, 5, 6, 7].map((n) => answer(n)),
) => ({
  __typename: 'Assessment',
  id: ASSESSMENT_ID,
  organisationId: ORGANISATION_ID,
  template: 'ZO_KMU',
  version: 1,
  status: 'DRAFT',
  revision,
  previousId: null,
  startedAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  completedAt: null,
  checkpoints,
});

const splitPath = (path: string) => {
  const [pathname = '', search = ''] = path.split('?');
  return { pathname, search: search ? `?${search}` : '' };
};

/** Renders `element` at `path` (matching `pattern`) with German texts and a fake API. */
export function renderPage(
  element: ReactNode,
  {
    path,
    pattern,
    answer: reply,
    state,
  }: {
    path: string;
    pattern: string;
    answer: (request: FakeRequest) => FakeAnswer | Promise<FakeAnswer>;
    /** The history state of the first entry (e.g. what the previous page passed on). */
    state?: unknown;
  },
) {
  const api = fakeGraphqlFetch(reply);
  const i18n = initI18n({ language: 'de' });
  const router = createMemoryRouter(
    [
      { path: pattern, element },
      { path: '*', element: <p data-testid="elsewhere">elsewhere</p> },
    ],
    { initialEntries: [state === undefined ? path : { ...splitPath(path), state }] },
  );
  const view = render(
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={createApolloClient({ fetch: api.fetch })}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </I18nextProvider>,
  );
  return { ...view, api, router, i18n };
}
