import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from '@bs/web/data-access';
import { initI18n } from '@bs/web/i18n';
import { TAXONOMY_ANSWER } from '@bs/web/taxonomy/testing';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OrganisationMap, type OrganisationMapProps } from './organisation-map';

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

const FEATURES = {
  __typename: 'MapFeatures',
  total: 13,
  totals: { __typename: 'MapKindCounts', zo: 4, kmu: 8, intermediary: 1 },
  clusters: [
    {
      __typename: 'MapCluster',
      id: '12-2134-1401',
      count: 12,
      counts: { __typename: 'MapKindCounts', zo: 4, kmu: 8, intermediary: 0 },
      location: { __typename: 'GeoPoint', lat: 49.41, lng: 8.69 },
      bounds: { __typename: 'MapBounds', south: 49.38, west: 8.64, north: 49.44, east: 8.73 },
    },
  ],
  organisations: [
    {
      __typename: 'MapOrganisation',
      id: 'a0000000-0000-4000-8000-000000000001',
      kind: 'INTERMEDIARY',
      name: 'Freiwilligenagentur Rhein-Neckar',
      postcode: '68161',
      city: 'Mannheim',
      location: { __typename: 'GeoPoint', lat: 49.4875, lng: 8.466 },
    },
  ],
};

const CARD = {
  __typename: 'Organisation',
  id: 'a0000000-0000-4000-8000-000000000001',
  kind: 'INTERMEDIARY',
  name: 'Freiwilligenagentur Rhein-Neckar',
  legalForm: 'e. V.',
  description: 'Vermittelt Engagement in der Region.',
  website: 'https://freiwillig.example',
  publicContact: null,
  street: 'Hauptstraße 1',
  postcode: '68161',
  city: 'Mannheim',
  district: { __typename: 'RegionRef', key: '08222', name: 'Mannheim' },
  land: { __typename: 'RegionRef', key: '08', name: 'Baden-Württemberg' },
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

function renderMap(
  path: string,
  api: ReturnType<typeof fakeApi>,
  props: OrganisationMapProps = {},
) {
  const router = createMemoryRouter([{ path: '/', element: <OrganisationMap {...props} /> }], {
    initialEntries: [path],
  });
  const view = render(
    <I18nextProvider i18n={initI18n({ language: 'de' })}>
      <ApolloProvider client={createApolloClient({ fetch: api.fetch })}>
        <div style={{ width: 800, height: 600 }}>
          <RouterProvider router={router} />
        </div>
      </ApolloProvider>
    </I18nextProvider>,
  );
  return { ...view, router };
}

const answers: Answer = (operation) =>
  operation === 'MapConfig'
    ? { body: { data: { mapConfig: MAP_CONFIG } } }
    : operation === 'MapFeatures'
      ? { body: { data: { mapFeatures: FEATURES } } }
      : operation === 'OrganisationCard'
        ? { body: { data: { organisation: CARD } } }
        : { body: { data: null, errors: [{ message: `unexpected ${operation}` }] } };

describe('OrganisationMap', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the clusters and organisations of the view from the URL over the Länder', async () => {
    const api = fakeApi(answers);
    const { container } = renderMap('/?lat=49.45&lng=8.6&z=10', api);

    const marker = await screen.findByRole('button', {
      name: 'Freiwilligenagentur Rhein-Neckar (Intermediär)',
    });
    expect(marker.classList).toContain('bs-marker--intermediary');
    expect(screen.getByTestId('map').contains(marker)).toBe(true);
    // A cluster names its numbers per kind and zooms in when chosen.
    const cluster = screen.getByRole('button', {
      name: '12 Organisationen (4 ZO, 8 KMU) – auswählen zum Vergrößern',
    });
    expect(cluster.textContent).toContain('12');
    const status = container.querySelector('.bs-status') as HTMLElement;
    await waitFor(() => expect(status.textContent).toContain('13 Organisationen im Ausschnitt'));
    expect(status.textContent).toContain('4 ZO · 8 KMU · 1 Intermediäre');

    // Asked for the area around the centre from the URL, with valid bounds and the zoom.
    const query = api.requests.find((r) => r.operationName === 'MapFeatures');
    const { viewport, filter } = query?.variables as {
      viewport: {
        bounds: { south: number; west: number; north: number; east: number };
        zoom: number;
      };
      filter: object;
    };
    expect(viewport.zoom).toBe(10);
    expect(viewport.bounds.south).toBeLessThanOrEqual(49.45);
    expect(viewport.bounds.north).toBeGreaterThanOrEqual(49.45);
    expect(viewport.bounds.west).toBeLessThanOrEqual(8.6);
    expect(viewport.bounds.east).toBeGreaterThanOrEqual(8.6);
    expect(filter).toEqual({});

    // The offline background and its licence.
    await waitFor(() => {
      expect(container.querySelector('.leaflet-bs-laender-borders-pane path')).not.toBeNull();
    });
    // Without tiles, one layer draws the land's fill and the borders.
    const land = container.querySelector('.leaflet-bs-laender-borders-pane path');
    expect(land?.getAttribute('fill')).toBe('#f6f3ec');
    expect(land?.getAttribute('stroke')).toBe('#6e6657');
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

  it('sends the filters of the URL and opens the card of the selected organisation', async () => {
    const api = fakeApi(answers);
    const { router } = renderMap(
      '/?lat=49.45&lng=8.6&z=10&offers=donations,nonsense&kinds=ZO&org=a0000000-0000-4000-8000-000000000001',
      api,
    );
    const heading = await screen.findByRole('heading', {
      name: 'Freiwilligenagentur Rhein-Neckar',
    });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('Vermittelt Engagement in der Region.')).toBeTruthy();
    const query = api.requests.find((r) => r.operationName === 'MapFeatures');
    // Unknown codes from an old link are dropped.
    expect((query?.variables as { filter: object }).filter).toEqual({
      kinds: ['ZO'],
      offers: ['donations'],
    });
    // Intermediaries have no profile: it is not asked for.
    expect(api.requests.some((r) => r.operationName === 'OrganisationCardProfile')).toBe(false);

    // Closing the card takes the selection out of the URL.
    fireEvent.click(screen.getByRole('button', { name: 'Karte der Organisation schließen' }));
    await waitFor(() => expect(router.state.location.search).not.toContain('org='));
    expect(router.state.location.search).toContain('offers=donations');
  });

  it("names a ZO's profile entries in the card with the taxonomy's labels", async () => {
    const zoId = 'a0000000-0000-4000-8000-000000000002';
    const api = fakeApi((operation) =>
      operation === 'OrganisationCard'
        ? { body: { data: { organisation: { ...CARD, id: zoId, kind: 'ZO', name: 'Tafel' } } } }
        : operation === 'OrganisationCardProfile'
          ? {
              body: {
                data: {
                  profile: {
                    __typename: 'Profile',
                    organisationId: zoId,
                    withheldFields: ['ATTRIBUTES'],
                    entries: [
                      {
                        __typename: 'ProfileEntry',
                        category: 'TOPIC',
                        code: 'volunteers',
                        direction: 'SEEKS',
                        verification: null,
                      },
                      {
                        __typename: 'ProfileEntry',
                        category: 'THEME',
                        code: 'climate',
                        direction: null,
                        verification: null,
                      },
                    ],
                  },
                },
              },
            }
          : operation === 'Taxonomy'
            ? { body: TAXONOMY_ANSWER }
            : answers(operation),
    );
    renderMap(`/?lat=49.45&lng=8.6&z=10&org=${zoId}`, api);

    const seeks = await screen.findByText('Ehrenamtliche aus der Belegschaft');
    expect(seeks.closest('.bs-card__field')?.textContent).toContain('Sucht');
    expect(screen.getByText('Klimaschutz und Klimaanpassung')).toBeTruthy();
    // Fields the viewer may not see are named, not shown.
    expect(screen.getByText('Qualitätsmerkmale').closest('.bs-card__field')?.textContent).toContain(
      'Nur für angemeldete Organisationen oder Kontakte sichtbar.',
    );
    // The labels come from the API's taxonomy, asked once.
    expect(api.requests.filter((r) => r.operationName === 'Taxonomy')).toHaveLength(1);
  });

  it('opens an organisation marker from the keyboard with Enter', async () => {
    const api = fakeApi(answers);
    const { router } = renderMap('/?lat=49.45&lng=8.6&z=10', api);
    const marker = await screen.findByRole('button', {
      name: 'Freiwilligenagentur Rhein-Neckar (Intermediär)',
    });
    fireEvent.keyPress(marker, { key: 'Enter', code: 'Enter', charCode: 13 });
    await waitFor(() => expect(router.state.location.search).toContain(`org=${CARD.id}`));
  });

  it('marks highlighted organisations above the others; choosing one opens its card', async () => {
    const api = fakeApi(answers);
    const highlights = {
      legend: 'Treffer (Nummer wie in der Liste)',
      markers: [
        {
          id: CARD.id,
          lat: 49.4875,
          lng: 8.466,
          label: '1',
          title: 'Treffer 1: Freiwilligenagentur Rhein-Neckar, 81 % Passung',
        },
        {
          id: 'b0000000-0000-4000-8000-000000000002',
          lat: 49.41,
          lng: 8.69,
          label: '2',
          title: 'Treffer 2: Bäckerei Korn, 41 % Passung',
        },
      ],
    };
    const { container, router } = renderMap('/?lat=49.45&lng=8.6&z=10', api, { highlights });

    const first = await screen.findByRole('button', {
      name: 'Treffer 1: Freiwilligenagentur Rhein-Neckar, 81 % Passung',
    });
    // A ring with its number (not colour alone), a tooltip, above the organisation markers.
    expect(first.classList).toContain('bs-highlight');
    expect(first.querySelector('.bs-highlight__ring')).not.toBeNull();
    expect(first.querySelector('.bs-highlight__badge')?.textContent).toBe('1');
    expect(first.getAttribute('title')).toBe(
      'Treffer 1: Freiwilligenagentur Rhein-Neckar, 81 % Passung',
    );
    const pane = first.closest('.leaflet-pane') as HTMLElement;
    expect(pane.classList).toContain('leaflet-bs-highlights-pane');
    const organisations = container.querySelector('.leaflet-bs-organisations-pane') as HTMLElement;
    expect(Number(pane.style.zIndex)).toBeGreaterThan(Number(organisations.style.zIndex));
    // The legend explains the rings.
    expect(screen.getByText('Treffer (Nummer wie in der Liste)')).toBeTruthy();

    fireEvent.click(first);
    await waitFor(() => expect(router.state.location.search).toContain(`org=${CARD.id}`));
    expect(
      await screen.findByRole('heading', { name: 'Freiwilligenagentur Rhein-Neckar' }),
    ).toBeTruthy();
    // The selected one is drawn stronger.
    await waitFor(() =>
      expect(
        screen
          .getByRole('button', { name: /^Treffer 1:/ })
          .classList.contains('bs-highlight--selected'),
      ).toBe(true),
    );

    // From the keyboard: Enter and Space choose, like a button.
    const second = () => screen.getByRole('button', { name: /^Treffer 2:/ });
    fireEvent.keyPress(second(), { key: 'Enter', code: 'Enter', charCode: 13 });
    await waitFor(() =>
      expect(router.state.location.search).toContain('org=b0000000-0000-4000-8000-000000000002'),
    );
    fireEvent.keyPress(screen.getByRole('button', { name: /^Treffer 1:/ }), {
      key: ' ',
      code: 'Space',
      charCode: 32,
    });
    await waitFor(() => expect(router.state.location.search).toContain(`org=${CARD.id}`));
    // Other keys do nothing.
    fireEvent.keyPress(second(), { key: 'a', code: 'KeyA', charCode: 97 });
    expect(router.state.location.search).toContain(`org=${CARD.id}`);
  });

  it('shows no rings and no legend entry without highlights', async () => {
    const api = fakeApi(answers);
    const { container } = renderMap('/?lat=49.45&lng=8.6&z=10', api, {
      highlights: { legend: 'Treffer (Nummer wie in der Liste)', markers: [] },
    });
    await screen.findByRole('button', { name: 'Freiwilligenagentur Rhein-Neckar (Intermediär)' });
    expect(container.querySelector('.bs-highlight')).toBeNull();
    expect(screen.queryByText('Treffer (Nummer wie in der Liste)')).toBeNull();
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
                    fields: [{ field: 'viewport.bounds.south', messageKey: 'bounds.inverted' }],
                  },
                },
              ],
            },
          },
    );
    renderMap('/?lat=49.45&lng=8.6&z=10', api);

    const status = await waitFor(() => {
      const found = screen
        .getAllByRole('status')
        .find((s) => s.textContent?.includes('Organisationen konnten nicht geladen werden.'));
      expect(found).toBeTruthy();
      return found as HTMLElement;
    });
    expect(status.textContent).toContain('Der Kartenausschnitt ist ungültig');
    expect(status.textContent).not.toContain('im Ausschnitt');
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeTruthy();
  });
});
