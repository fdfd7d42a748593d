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
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';

/** Länder outlines for the maps: one square around Mannheim is enough. */
export const LAENDER = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { ARS: '08', GEN: 'Baden-Württemberg' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [7.5, 47.5],
            [10.5, 47.5],
            [10.5, 49.8],
            [7.5, 49.8],
            [7.5, 47.5],
          ],
        ],
      },
    },
  ],
};

export const MAP_CONFIG = {
  __typename: 'MapConfig',
  tileUrl: null,
  tileAttribution: null,
  laenderOutlineUrl: '/geo/laender.geojson',
  dataAttributions: [],
};

export const VIEWER = {
  __typename: 'Viewer',
  id: 'u-erika',
  displayName: 'Erika Muster',
  email: 'erika@example.org',
  emailVerified: true,
  locale: 'de',
  platformRole: 'USER',
};

export const membership = (id: string, name: string, role: string) => ({
  __typename: 'MyOrganisation',
  role,
  organisation: { __typename: 'Organisation', id, name, kind: 'KMU' },
});

/**
 * Renders `element` at `path` (matching `pattern`) with i18n (German), Apollo against a fake
 * API and a memory router; `/*` routes render their path, so navigations can be asserted.
 */
export function renderPage(
  element: ReactNode,
  {
    path,
    pattern = path,
    answer,
  }: { path: string; pattern?: string; answer: (request: FakeRequest) => FakeAnswer },
) {
  const api = fakeGraphqlFetch(answer, { '/geo/laender.geojson': LAENDER });
  // The maps load their outlines with the global fetch.
  vi.stubGlobal('fetch', api.fetch);
  const i18n = initI18n({ language: 'de' });
  const routes: RouteObject[] = [
    { path: pattern, element },
    { path: '*', element: <p data-testid="elsewhere">elsewhere</p> },
  ];
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={createApolloClient({ fetch: api.fetch })}>
        <div style={{ width: 800 }}>
          <RouterProvider router={router} />
        </div>
      </ApolloProvider>
    </I18nextProvider>,
  );
  return { ...view, api, router, i18n };
}
