import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from '@bs/web/data-access';
import { initI18n } from '@bs/web/i18n';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OrganisationMap } from './organisation-map';

const LAENDER = {
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

const MAP_CONFIG = {
  __typename: 'MapConfig',
  tileUrl: null,
  tileAttribution: null,
  laenderOutlineUrl: '/geo/laender.geojson',
  dataAttributions: [
    { __typename: 'DataAttribution', text: '© GeoBasis-DE / BKG', url: 'https://www.bkg.bund.de' },
  ],
};

const ORGANISATION = {
  __typename: 'Organisation',
  id: 'a0000000-0000-4000-8000-000000000001',
  kind: 'INTERMEDIARY',
  name: 'Freiwilligenagentur Rhein-Neckar',
  description: null,
  street: null,
  postcode: '68161',
  city: 'Mannheim',
  location: { __typename: 'GeoPoint', lat: 49.4875, lng: 8.466 },
};

type Answer = (operationName: string) => { status?: number; body: unknown };

/** Plays the API: GraphQL by operation name, and the Länder outlines. */
function fakeApi(answer: Answer) {
  const requests: { operationName: string; variables: unknown }[] = [];
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : input.toString();
    if (url.endsWith('/geo/laender.geojson')) {
      return Promise.resolve(new Response(JSON.stringify(LAENDER), { status: 200 }));
    }
    const request = typeof init?.body === 'string' ? init.body : '{}';
    const { operationName, variables } = JSON.parse(request) as {
      operationName: string;
      variables: unknown;
    };
    requests.push({ operationName, variables });
    const { status = 200, body } = answer(operationName);
    return Promise.resolve(
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      }),
    );
  };
  vi.stubGlobal('fetch', fetch);
  return { fetch, requests };
}

function renderMap(path: string, api: ReturnType<typeof fakeApi>) {
  const router = createMemoryRouter([{ path: '/', Component: OrganisationMap }], {
    initialEntries: [path],
  });
  return render(
    <I18nextProvider i18n={initI18n({ language: 'de' })}>
      <ApolloProvider client={createApolloClient({ fetch: api.fetch })}>
        <div style={{ width: 800, height: 600 }}>
          <RouterProvider router={router} />
        </div>
      </ApolloProvider>
    </I18nextProvider>,
  );
}

describe('OrganisationMap', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the organisations of the view from the URL over the Länder, with attributions', async () => {
    const api = fakeApi((operation) =>
      operation === 'MapConfig'
        ? { body: { data: { mapConfig: MAP_CONFIG } } }
        : { body: { data: { organisations: [ORGANISATION] } } },
    );
    const { container } = renderMap('/?lat=49.45&lng=8.6&z=10', api);

    const marker = await screen.findByRole('button', {
      name: 'Freiwilligenagentur Rhein-Neckar (Intermediär)',
    });
    expect(marker.classList).toContain('bs-marker--intermediary');
    expect(screen.getByTestId('map').contains(marker)).toBe(true);
    expect(screen.getByRole('status').textContent).toContain('1 Organisation im Ausschnitt');

    // Asked for the area around the centre from the URL, with valid bounds.
    const query = api.requests.find((r) => r.operationName === 'OrganisationsInBounds');
    const { bounds } = query?.variables as {
      bounds: { south: number; west: number; north: number; east: number };
    };
    expect(bounds.south).toBeLessThanOrEqual(49.45);
    expect(bounds.north).toBeGreaterThanOrEqual(49.45);
    expect(bounds.west).toBeLessThanOrEqual(8.6);
    expect(bounds.east).toBeGreaterThanOrEqual(8.6);

    // The offline background and its licence.
    await waitFor(() => {
      expect(container.querySelector('.leaflet-bs-laender-fill-pane path')).not.toBeNull();
    });
    expect(container.querySelector('.leaflet-bs-laender-borders-pane path')).not.toBeNull();
    const attribution = container.querySelector('.leaflet-control-attribution');
    expect(attribution?.querySelector('a[href="https://www.bkg.bund.de"]')?.textContent).toBe(
      '© GeoBasis-DE / BKG',
    );
    // Leaflet's own controls speak the page's language.
    expect(screen.getByRole('button', { name: 'Hineinzoomen' })).toBeTruthy();
    expect(screen.getByRole('region', { name: /^Karte der Organisationen/ })).toBeTruthy();
    // No tile server configured: no tile layer.
    expect(container.querySelector('.leaflet-tile-pane')?.children).toHaveLength(0);
  });

  it('explains a failed query in the status without blocking the map', async () => {
    const api = fakeApi((operation) =>
      operation === 'MapConfig'
        ? { body: { data: { mapConfig: MAP_CONFIG } } }
        : {
            body: {
              data: null,
              errors: [
                {
                  message: 'Invalid input',
                  extensions: {
                    code: 'BAD_USER_INPUT',
                    messageKey: 'errors.invalidInput',
                    fields: [{ field: 'bounds.south', messageKey: 'bounds.inverted' }],
                  },
                },
              ],
            },
          },
    );
    renderMap('/?lat=49.45&lng=8.6&z=10', api);

    await waitFor(() => {
      expect(screen.getByRole('status').textContent).toContain(
        'Organisationen konnten nicht geladen werden.',
      );
    });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Der Kartenausschnitt ist ungültig');
    expect(status.textContent).not.toContain('im Ausschnitt');
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeTruthy();
  });
});
