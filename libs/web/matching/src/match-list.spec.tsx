import { ApolloProvider } from '@apollo/client/react';
import {
  createApolloClient,
  fakeApiError,
  fakeGraphqlFetch,
  type FakeAnswer,
  type FakeRequest,
} from '@bs/web/data-access';
import { initI18n } from '@bs/web/i18n';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MatchList, MatchPanel, type MatchOnMap, type ShowMatchesOnMap } from './match-list';
import {
  codes,
  match,
  myOrganisationsAnswer,
  TAXONOMY_ANSWER,
  VIEWER_ANSWER,
} from './test-support';

const ORGANISATION_ID = 'c0000000-0000-4000-8000-000000000001';

const page = (items: unknown[], changes: Record<string, unknown> = {}) => ({
  data: {
    matches: {
      __typename: 'MatchPage',
      totalCount: items.length,
      offset: 0,
      hasMore: false,
      radiusKm: 30,
      complete: true,
      items,
      ...changes,
    },
  },
});

function renderList(
  answer: (request: FakeRequest) => FakeAnswer,
  {
    language = 'de',
    onFocus = vi.fn(),
    onShowOnMap,
  }: { language?: 'de' | 'en'; onFocus?: () => void; onShowOnMap?: ShowMatchesOnMap } = {},
) {
  const api = fakeGraphqlFetch((request) =>
    request.operationName === 'Taxonomy' ? TAXONOMY_ANSWER : answer(request),
  );
  const view = render(
    <I18nextProvider i18n={initI18n({ language })}>
      <ApolloProvider client={createApolloClient({ fetch: api.fetch })}>
        <MatchList
          organisationId={ORGANISATION_ID}
          organisationName="Tafel e. V."
          onFocus={onFocus}
          onShowOnMap={onShowOnMap}
        />
      </ApolloProvider>
    </I18nextProvider>,
  );
  return { api, onFocus, unmount: view.unmount };
}

describe('the match list', () => {
  afterEach(cleanup);

  it('lists partners with place, distance and score, best first', async () => {
    renderList(() => page([match('Schreinerei Holz'), match('Bäckerei Korn', { score: 0.41 })]));
    expect(await screen.findByText('2 Passungen im Umkreis von 30 km')).toBeTruthy();
    const buttons = screen.getAllByRole('button', { name: /auf der Karte zeigen/ });
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Schreinerei HolzMannheim · 4,2 km · 81 % Passung',
      'Bäckerei KornMannheim · 4,2 km · 41 % Passung',
    ]);
  });

  it('focuses a chosen match on the map and explains it in plain words', async () => {
    const { onFocus } = renderList(() => page([match('Schreinerei Holz')]));
    const choose = await screen.findByRole('button', {
      name: 'Schreinerei Holz auf der Karte zeigen',
    });
    expect(choose.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(choose);
    expect(onFocus).toHaveBeenCalledWith('p-Schreinerei Holz', 49.49, 8.47);
    expect(choose.getAttribute('aria-expanded')).toBe('true');
    const why = screen
      .getByRole('heading', { name: 'Warum passt Schreinerei Holz?' })
      .closest('section') as HTMLElement;
    const lines = within(why)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toEqual([
      'Sie suchen Ehrenamtliche aus der Belegschaft – Schreinerei Holz bietet Ehrenamtliche aus der Belegschaft',
      'Schreinerei Holz sucht Teameinsätze und Social Days – Sie bieten Teameinsätze und Social Days',
      'Beide Seiten finden, was sie suchen.',
      '4,2 km entfernt (Grenze 30 km: der kleinere der beiden Suchradien)',
      'Gemeinsame Themenfelder: Sport und Bewegung',
      'Bereitschaft laut Praxis-Check: Sie 70 %, Schreinerei Holz 45 %',
      'Beide grün bei Vereinbarungen',
    ]);
    expect(within(why).getByText('Kooperationsthemen').nextSibling?.textContent).toContain(
      '55 von 55 Punkten',
    );
    expect(within(why).getByText('Entfernung').nextSibling?.textContent).toContain(
      '17 von 20 Punkten',
    );
  });

  it('counts topics the partner does not show publicly without naming them', async () => {
    renderList(() => page([match('Firma Still', { youSeekTheyOffer: codes([], 2), signals: [] })]));
    fireEvent.click(await screen.findByRole('button', { name: /Firma Still/ }));
    expect(
      screen.getByText('2 weitere passende Angaben, die Firma Still nicht öffentlich zeigt'),
    ).toBeTruthy();
  });

  it('sends the filters and starts again on the first page', async () => {
    const { api } = renderList(() => page([match('Schreinerei Holz')]));
    await screen.findByText('1 Passung im Umkreis von 30 km');
    fireEvent.change(screen.getByLabelText(/Umkreis in km/), { target: { value: '10' } });
    fireEvent.change(screen.getByLabelText(/Kooperationsthema/), {
      target: { value: 'volunteers' },
    });
    fireEvent.change(screen.getByLabelText(/Themenfeld/), { target: { value: 'sport' } });
    fireEvent.click(screen.getByLabelText(/nur geprüfte Nachweise/));
    fireEvent.click(screen.getByRole('button', { name: 'Anwenden' }));
    await waitFor(() =>
      expect(api.lastRequest('Matches')?.variables).toEqual({
        organisationId: ORGANISATION_ID,
        radiusKm: 10,
        topics: ['volunteers'],
        themes: ['sport'],
        onlyVerified: true,
        first: 10,
        offset: 0,
      }),
    );
  });

  it('pages through many matches', async () => {
    const { api } = renderList((request) =>
      page([match('Erste Firma')], {
        totalCount: 25,
        hasMore: Number(request.variables['offset']) < 20,
        offset: request.variables['offset'],
      }),
    );
    await screen.findByText('Passungen 1–1 von 25');
    fireEvent.click(screen.getByRole('button', { name: 'Weitere' }));
    await waitFor(() => expect(api.lastRequest('Matches')?.variables['offset']).toBe(10));
  });

  it('says why there are no matches (no profile yet)', async () => {
    renderList(() => fakeApiError('CONFLICT', 'matching.noProfile'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Es gibt noch kein Profil zum Abgleichen. Schließen Sie zuerst einen Praxis-Check ab.',
    );
  });

  it('excludes a partner the user is not interested in', async () => {
    const { api } = renderList((request) =>
      request.operationName === 'ExcludeMatchPartner'
        ? { data: { excludeMatchPartner: true } }
        : page([match('Schreinerei Holz')]),
    );
    fireEvent.click(await screen.findByRole('button', { name: /Schreinerei Holz/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Kein Interesse' }));
    expect((await screen.findByText(/wird Ihnen nicht mehr vorgeschlagen/)).textContent).toBe(
      'Schreinerei Holz wird Ihnen nicht mehr vorgeschlagen.',
    );
    expect(api.lastRequest('ExcludeMatchPartner')?.variables).toEqual({
      organisationId: ORGANISATION_ID,
      partnerId: 'p-Schreinerei Holz',
    });
  });

  it('marks the current page on the map while asked to, numbered as in the list', async () => {
    const shown: (readonly MatchOnMap[] | null)[] = [];
    const onShowOnMap = vi.fn((matches: readonly MatchOnMap[] | null) => shown.push(matches));
    const { api, unmount } = renderList(
      (request) =>
        page(
          request.variables['offset'] === 0
            ? [match('Schreinerei Holz'), match('Bäckerei Korn', { score: 0.41 })]
            : [match('Gärtnerei Grün', { score: 0.3 })],
          { totalCount: 12, offset: request.variables['offset'], hasMore: true },
        ),
      { onShowOnMap },
    );
    const toggle = await screen.findByRole('checkbox', { name: 'Treffer auf der Karte zeigen' });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(shown.at(-1)).toBeNull();

    fireEvent.click(toggle);
    await waitFor(() => expect(shown.at(-1)).not.toBeNull());
    expect(shown.at(-1)).toEqual([
      {
        rank: 1,
        organisationId: 'p-Schreinerei Holz',
        lat: 49.49,
        lng: 8.47,
        title: 'Treffer 1: Schreinerei Holz, 81 % Passung',
      },
      {
        rank: 2,
        organisationId: 'p-Bäckerei Korn',
        lat: 49.49,
        lng: 8.47,
        title: 'Treffer 2: Bäckerei Korn, 41 % Passung',
      },
    ]);
    expect(toggle.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/mit ihrer Nummer markiert/)).toBeTruthy();

    // The next page replaces the marks, numbered on.
    fireEvent.click(screen.getByRole('button', { name: 'Weitere' }));
    await waitFor(() =>
      expect(shown.at(-1)?.map((m) => m.title)).toEqual([
        'Treffer 11: Gärtnerei Grün, 30 % Passung',
      ]),
    );
    expect(api.lastRequest('Matches')?.variables['offset']).toBe(10);

    fireEvent.click(toggle);
    await waitFor(() => expect(shown.at(-1)).toBeNull());
    fireEvent.click(toggle);
    await waitFor(() => expect(shown.at(-1)).toHaveLength(1));
    // Gone with the list.
    unmount();
    expect(shown.at(-1)).toBeNull();
  });

  it('offers no map layer when there is no map to show it on', async () => {
    renderList(() => page([match('Schreinerei Holz')]));
    await screen.findByText('1 Passung im Umkreis von 30 km');
    expect(screen.queryByRole('checkbox', { name: /auf der Karte/ })).toBeNull();
  });

  it('speaks English too', async () => {
    renderList(() => page([match('Joinery Wood')]), { language: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: 'Show Joinery Wood on the map' }));
    expect(screen.getByText('Both green on agreements')).toBeTruthy();
    expect(
      screen.getByText('4.2 km away (limit 30 km: the smaller of both search radii)'),
    ).toBeTruthy();
  });
});

describe('the match panel', () => {
  afterEach(cleanup);

  function renderPanel(kind: string, onShowOnMap?: ShowMatchesOnMap) {
    const api = fakeGraphqlFetch((request) => {
      if (request.operationName === 'Taxonomy') return TAXONOMY_ANSWER;
      if (request.operationName === 'Viewer') return VIEWER_ANSWER;
      if (request.operationName === 'MyOrganisations') {
        return myOrganisationsAnswer([{ id: ORGANISATION_ID, name: 'Tafel e. V.', kind }]);
      }
      return page([match('Schreinerei Holz')]);
    });
    render(
      <I18nextProvider i18n={initI18n({ language: 'de' })}>
        <ApolloProvider client={createApolloClient({ fetch: api.fetch })}>
          <MatchPanel onShowOnMap={onShowOnMap} />
        </ApolloProvider>
      </I18nextProvider>,
    );
    return api;
  }

  it('shows the matches of the organisation one acts for and can be folded away', async () => {
    const onShowOnMap = vi.fn();
    const api = renderPanel('ZO', onShowOnMap);
    const panel = await screen.findByRole('complementary', { name: 'Passende Partner' });
    expect(await within(panel).findByText('für Tafel e. V.')).toBeTruthy();
    await within(panel).findByText('Schreinerei Holz');
    expect(api.lastRequest('Matches')?.variables['organisationId']).toBe(ORGANISATION_ID);
    fireEvent.click(within(panel).getByRole('checkbox', { name: 'Treffer auf der Karte zeigen' }));
    await waitFor(() => expect(onShowOnMap).toHaveBeenLastCalledWith([expect.anything()]));
    onShowOnMap.mockClear();
    fireEvent.click(within(panel).getByRole('button', { name: 'Ausblenden' }));
    expect(within(panel).queryByRole('button', { name: /Schreinerei Holz/ })).toBeNull();
    // Unfolded, the list is where it was (its filters, page and marks on the map stay).
    fireEvent.click(within(panel).getByRole('button', { name: 'Passungen zeigen' }));
    expect(within(panel).getByRole('button', { name: /Schreinerei Holz/ })).toBeTruthy();
    expect(api.requests.filter((r) => r.operationName === 'Matches')).toHaveLength(1);
    // The marks stayed on the map all the while.
    expect(onShowOnMap).not.toHaveBeenCalled();
  });

  it('tells intermediaries where their matches are instead of asking the API', async () => {
    const api = renderPanel('INTERMEDIARY');
    expect(await screen.findByText(/Als Vermittlungsstelle sehen Sie die Passungen/)).toBeTruthy();
    expect(api.lastRequest('Matches')).toBeUndefined();
  });
});
