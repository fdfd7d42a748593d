import { ApolloProvider, useQuery } from '@apollo/client/react';
import {
  createApolloClient,
  fakeApiError,
  fakeGraphqlFetch,
  type FakeAnswer,
} from '@bs/web/data-access';
import { initI18n } from '@bs/web/i18n';
import { useActingOrganisation } from '@bs/web/session';
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { MatchCardOrganisationDocument } from './graphql/matches.graphql';
import { MatchCardFactors } from './match-card-factors';
import { match, myOrganisationsAnswer, TAXONOMY_ANSWER, VIEWER_ANSWER } from './test-support';

interface Organisation {
  id: string;
  name: string;
  kind: 'ZO' | 'KMU' | 'INTERMEDIARY';
}

const TAFEL: Organisation = {
  id: 'c0000000-0000-4000-8000-000000000001',
  name: 'Tafel e. V.',
  kind: 'ZO',
};
const SPORTVEREIN: Organisation = {
  id: 'c0000000-0000-4000-8000-000000000002',
  name: 'Sportverein Nord',
  kind: 'ZO',
};
// The id of the partner of the `match` fixture.
const SCHREINEREI: Organisation = {
  id: 'p-Schreinerei Holz',
  name: 'Schreinerei Holz',
  kind: 'KMU',
};
const AGENTUR: Organisation = {
  id: 'c0000000-0000-4000-8000-000000000009',
  name: 'Freiwilligenagentur',
  kind: 'INTERMEDIARY',
};

const check = (changes: Record<string, unknown>) => ({
  data: {
    matchWith: {
      __typename: 'MatchCheck',
      partner: { __typename: 'MatchPartner', id: SCHREINEREI.id, name: SCHREINEREI.name },
      distanceKm: 4.23,
      blockers: [],
      match: null,
      ...changes,
    },
  },
});

/** Says "ready" once the acting organisation and the card's organisation are known. */
function Settled({ organisationId }: { organisationId: string }) {
  const { loading } = useActingOrganisation();
  const { data } = useQuery(MatchCardOrganisationDocument, { variables: { id: organisationId } });
  return !loading && data ? <p>ready</p> : null;
}

function renderCard({
  actingFor,
  partner,
  matchWith = () => check({ match: match('Schreinerei Holz') }),
  language = 'de',
}: {
  /** The organisations of the signed-in user (the first is acted for); null: a visitor. */
  actingFor: Organisation[] | null;
  partner: Organisation;
  matchWith?: () => FakeAnswer | Promise<FakeAnswer>;
  language?: 'de' | 'en';
}) {
  const api = fakeGraphqlFetch((request) => {
    switch (request.operationName) {
      case 'Taxonomy':
        return TAXONOMY_ANSWER;
      case 'Viewer':
        return actingFor ? VIEWER_ANSWER : { data: { viewer: null } };
      case 'MyOrganisations':
        return myOrganisationsAnswer(actingFor ?? []);
      case 'MatchCardOrganisation':
        return { data: { organisation: { __typename: 'Organisation', ...partner } } };
      case 'MatchWith':
        return matchWith();
      default:
        return fakeApiError('BAD_USER_INPUT', `unexpected ${request.operationName}`);
    }
  });
  render(
    <I18nextProvider i18n={initI18n({ language })}>
      <ApolloProvider client={createApolloClient({ fetch: api.fetch })}>
        <MemoryRouter initialEntries={[`/?org=${partner.id}`]}>
          <Settled organisationId={partner.id} />
          <MatchCardFactors organisationId={partner.id} />
        </MemoryRouter>
      </ApolloProvider>
    </I18nextProvider>,
  );
  return api;
}

const section = async (name: string) =>
  (await screen.findByRole('heading', { name })).closest('section') as HTMLElement;

describe('the match on an organisation card', () => {
  afterEach(() => {
    cleanup();
    localStorage.clear();
  });

  it('shows a ZO how a company matches it: score, distance and the reasons', async () => {
    let answer: (value: FakeAnswer) => void = () => undefined;
    const api = renderCard({
      actingFor: [TAFEL],
      partner: SCHREINEREI,
      matchWith: () => new Promise<FakeAnswer>((resolve) => (answer = resolve)),
    });
    const card = await section('Passung zu Tafel e. V.');
    expect(within(card).getByRole('status').textContent).toBe('Passung wird berechnet …');
    answer(check({ match: match('Schreinerei Holz') }));

    expect((await within(card).findByText('81 % Passung')).parentElement?.textContent).toBe(
      '81 % Passung · 4,2 km',
    );
    expect(within(card).queryByRole('status')).toBeNull();
    const why = within(card)
      .getByRole('heading', { name: 'Warum passt Schreinerei Holz?' })
      .closest('section') as HTMLElement;
    const lines = within(why)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toContain(
      'Sie suchen Ehrenamtliche aus der Belegschaft – Schreinerei Holz bietet Ehrenamtliche aus der Belegschaft',
    );
    expect(lines).toContain('4,2 km entfernt (Grenze 30 km: der kleinere der beiden Suchradien)');
    expect(within(why).getByText('Kooperationsthemen').nextSibling?.textContent).toContain(
      '55 von 55 Punkten',
    );
    expect(api.lastRequest('MatchWith')?.variables).toEqual({
      organisationId: TAFEL.id,
      partnerId: SCHREINEREI.id,
    });
  });

  it('says in plain words what keeps a pair from matching', async () => {
    renderCard({
      actingFor: [TAFEL],
      partner: SCHREINEREI,
      matchWith: () =>
        check({
          distanceKm: 42.35,
          blockers: [
            'OUTSIDE_RADIUS',
            'NO_TOPIC_FIT',
            'ZO_CRITERIA_NOT_MET',
            'KMU_CRITERIA_NOT_MET',
          ],
        }),
    });
    const card = await section('Passung zu Tafel e. V.');
    await within(card).findByText('Schreinerei Holz passt derzeit nicht zu Tafel e. V.:');
    expect(
      within(card)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '42,4 km entfernt – weiter als der kleinere der beiden Suchradien.',
      'Keine passenden Kooperationsthemen: Schreinerei Holz bietet nichts, was Sie suchen, und sucht nichts, was Sie bieten.',
      'Schreinerei Holz erfüllt nicht alle Qualitätskriterien, die Sie von Partnern erwarten.',
      'Ihre Organisation erfüllt nicht alle Qualitätskriterien, die Schreinerei Holz von Partnern erwartet.',
    ]);
    expect(within(card).queryByText(/% Passung/)).toBeNull();
  });

  it('turns the quality criteria round for a company looking at a ZO', async () => {
    const api = renderCard({
      actingFor: [SCHREINEREI],
      partner: TAFEL,
      matchWith: () => ({
        data: {
          matchWith: {
            __typename: 'MatchCheck',
            partner: { __typename: 'MatchPartner', id: TAFEL.id, name: TAFEL.name },
            distanceKm: 3,
            blockers: ['ZO_CRITERIA_NOT_MET', 'EXCLUDED'],
            match: null,
          },
        },
      }),
    });
    const card = await section('Passung zu Schreinerei Holz');
    expect((await within(card).findAllByRole('listitem')).map((li) => li.textContent)).toEqual([
      'Ihre Organisation erfüllt nicht alle Qualitätskriterien, die Tafel e. V. von Partnern erwartet.',
      'Die Passung mit Tafel e. V. ist ausgeschlossen: Eine Seite hat „Kein Interesse“ gewählt oder eine Zusammenarbeit beendet.',
    ]);
    expect(api.lastRequest('MatchWith')?.variables).toEqual({
      organisationId: SCHREINEREI.id,
      partnerId: TAFEL.id,
    });
  });

  it.each([
    ['the own organisation', [TAFEL], TAFEL],
    ['an organisation of the same kind', [TAFEL], SPORTVEREIN],
    ['an intermediary on the map', [TAFEL], AGENTUR],
    ['a user acting for an intermediary', [AGENTUR], SCHREINEREI],
    ['a signed-in user without an organisation', [], SCHREINEREI],
  ])('shows nothing for %s', async (_case, actingFor, partner) => {
    const api = renderCard({ actingFor, partner });
    await screen.findByText('ready');
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
    expect(api.lastRequest('MatchWith')).toBeUndefined();
  });

  it('invites visitors to sign in, and comes back to the card afterwards', async () => {
    const api = renderCard({ actingFor: null, partner: SCHREINEREI });
    const link = await screen.findByRole('link', {
      name: 'Anmelden und sehen, wie gut diese Organisation zu Ihrer passt',
    });
    const href = new URL(link.getAttribute('href') ?? '', 'http://localhost');
    expect(href.pathname).toBe('/account/log-in');
    expect(href.searchParams.get('next')).toBe(`/?org=${SCHREINEREI.id}`);
    expect(api.lastRequest('MyOrganisations')).toBeUndefined();
    expect(api.lastRequest('MatchWith')).toBeUndefined();
  });

  it('says so when the partner has no profile to match yet', async () => {
    renderCard({
      actingFor: [TAFEL],
      partner: SCHREINEREI,
      matchWith: () => fakeApiError('BAD_USER_INPUT', 'matching.partnerCannotMatch'),
    });
    const card = await section('Passung zu Tafel e. V.');
    expect(
      await within(card).findByText(
        'Schreinerei Holz hat noch kein Kooperationsprofil – eine Passung lässt sich noch nicht berechnen.',
      ),
    ).toBeTruthy();
    expect(within(card).queryByRole('alert')).toBeNull();
  });

  it('alerts when the match cannot be worked out', async () => {
    renderCard({
      actingFor: [TAFEL],
      partner: SCHREINEREI,
      matchWith: () => fakeApiError('CONFLICT', 'matching.noProfile'),
    });
    const card = await section('Passung zu Tafel e. V.');
    expect((await within(card).findByRole('alert')).textContent).toBe(
      'Die Passung konnte nicht berechnet werden. Es gibt noch kein Profil zum Abgleichen. Schließen Sie zuerst einen Praxis-Check ab.',
    );
  });

  it('speaks English too', async () => {
    renderCard({
      actingFor: [TAFEL],
      partner: SCHREINEREI,
      language: 'en',
      matchWith: () => check({ blockers: ['NO_TOPIC_FIT'] }),
    });
    const card = await section('Match with Tafel e. V.');
    expect(
      await within(card).findByText('Schreinerei Holz does not match Tafel e. V. at present:'),
    ).toBeTruthy();
    expect(within(card).getByRole('listitem').textContent).toBe(
      'No matching cooperation topics: Schreinerei Holz offers nothing you seek and seeks nothing you offer.',
    );
  });
});
