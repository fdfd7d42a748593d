import { fakeApiError, type FakeRequest } from '@bs/web/data-access';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProfilePage } from './profile-page';
import {
  entry,
  INTERMEDIARY_ID,
  membership,
  NO_TERMS,
  ORGANISATION_ID,
  profile,
  profileApi,
  renderPage,
  settings,
  VIEW_PATH,
} from './test-support';

const PATTERN = '/organisationen/:id/profil';

const section = async (name: string) =>
  (await screen.findByRole('heading', { level: 2, name })).closest('section') as HTMLElement;

const item = (container: HTMLElement, label: string) =>
  within(container)
    .getAllByRole('listitem')
    .find((li) => li.querySelector('.bs-entry__label')?.textContent === label) as HTMLElement;

/** A ZO profile with entries from the check, by hand, with terms and a confirmation. */
const ENTRIES = [
  entry('TOPIC', 'team-days', {
    direction: 'OFFERS',
    terms: { capacityPerYear: 12, leadTimeDays: 14, groupSize: 8 },
    examples: ['zo-2-team-days'],
  }),
  entry('TOPIC', 'apprentice-mentoring', {
    direction: 'OFFERS',
    fromCheck: false,
    manual: true,
    terms: { capacityPerYear: null, leadTimeDays: 0, groupSize: null },
  }),
  entry('TOPIC', 'volunteers', { direction: 'SEEKS' }),
  entry('THEME', 'climate'),
  entry('ATTRIBUTE', 'child-protection-concept', {
    verification: {
      intermediaryId: INTERMEDIARY_ID,
      intermediaryName: 'Freiwilligenagentur Rhein-Neckar',
      verifiedAt: '2026-03-05T09:00:00.000Z',
    },
  }),
  entry('ATTRIBUTE', 'volunteer-insurance', { fromCheck: false, manual: true }),
];

describe('the public view of a profile', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('shows each entry with its label and where it came from, and names withheld parts', async () => {
    renderPage(<ProfilePage />, {
      path: VIEW_PATH,
      pattern: PATTERN,
      answer: profileApi({
        viewer: null,
        current: () =>
          profile({
            entries: ENTRIES,
            readiness: null,
            withheldFields: ['REQUIRED_CRITERIA', 'EXIT_CRITERIA', 'READINESS'],
          }),
      }),
    });

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Kooperationsprofil von Tafel Leimen e. V.',
      }),
    ).toBeTruthy();
    await screen.findByText(
      'Abgeleitet aus dem Praxis-Check vom 3. März 2026 (Zusammenarbeit mit KMU, Version 1).',
    );

    // Offers: from the check with its terms; one by hand (no notice needed).
    const offers = await section('Wir bieten');
    const teamDays = item(offers, 'Teameinsätze und Social Days');
    expect(teamDays.textContent).toContain('aus dem Praxis-Check (Version 1)');
    expect(teamDays.textContent).not.toContain('von Hand ergänzt');
    expect(teamDays.textContent).toContain(
      '12-mal im Jahr · mindestens 14 Tage Vorlauf · für bis zu 8 Personen',
    );
    const mentoring = item(offers, 'Mentoring für Auszubildende');
    expect(mentoring.textContent).toContain('von Hand ergänzt');
    expect(mentoring.textContent).not.toContain('Praxis-Check');
    expect(mentoring.textContent).toContain('ohne Vorlauf');
    // Nobody but the organisation is told that terms are missing.
    expect(offers.textContent).not.toContain('noch nicht angegeben');

    // The examples an entry came from, on demand.
    const volunteers = item(await section('Wir suchen'), 'Ehrenamtliche aus der Belegschaft');
    const sources = within(volunteers).getByText('Woher stammt das?');
    expect(sources.closest('details')?.open).toBe(false);
    fireEvent.click(sources);
    expect(
      within(volunteers).getByRole('list', {
        name: 'Antworten im Praxis-Check, aus denen „Ehrenamtliche aus der Belegschaft“ stammt',
      }).textContent,
    ).toBe('Checkpunkt 2: Ehrenamtliche aus Betrieben gewinnen');

    const attributes = await section('Qualitätsmerkmale');
    expect(item(attributes, 'Schutzkonzept für Kinder und Jugendliche').textContent).toContain(
      'bestätigt von Freiwilligenagentur Rhein-Neckar am 5. März 2026',
    );
    expect(
      item(attributes, 'Haftpflicht- und Unfallversicherung für Ehrenamtliche').textContent,
    ).toContain('selbst erklärt');
    // Nobody without the right sees confirm buttons.
    expect(within(attributes).queryByRole('button')).toBeNull();

    // Withheld: named as such, with the level that shows it and a way to log in; never as an
    // empty list.
    for (const [name, text] of [
      ['Anforderungen an Partner', 'Nur für angemeldete Organisationen sichtbar.'],
      ['Abbruchkriterien', 'Nur nach angenommener Kontaktanfrage sichtbar.'],
      ['Bereitschaft', 'Nur für angemeldete Organisationen sichtbar.'],
    ] as const) {
      const withheld = await section(name);
      expect(withheld.textContent).toContain(text);
      expect(within(withheld).getByRole('link', { name: 'Anmelden' }).getAttribute('href')).toBe(
        `/account/log-in?next=${encodeURIComponent(VIEW_PATH)}`,
      );
      expect(within(withheld).queryByText('Keine Einträge.')).toBeNull();
    }

    expect(screen.queryByRole('link', { name: 'Profil bearbeiten' })).toBeNull();
    expect(
      screen.queryByRole('heading', { name: 'Änderungen durch den letzten Praxis-Check' }),
    ).toBeNull();
  });

  it('tells signed-in organisations what only accepted contacts see, and shows the readiness in words', async () => {
    renderPage(<ProfilePage />, {
      path: VIEW_PATH,
      pattern: PATTERN,
      answer: profileApi({
        current: () => profile({ entries: ENTRIES, withheldFields: ['EXIT_CRITERIA'] }),
      }),
    });

    expect((await section('Abbruchkriterien')).textContent).toContain(
      'Nur nach angenommener Kontaktanfrage sichtbar.',
    );
    expect((await section('Anforderungen an Partner')).textContent).toContain('Keine Einträge.');

    const readiness = await section('Bereitschaft');
    expect(readiness.textContent).toContain('Bereitschaft: 67 von 100');
    expect(readiness.textContent).toContain('4 × Grün, 2 × Gelb, 1 × Rot');
    const rows = within(readiness)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(rows).toEqual([
      '1. Titel 1Grün: derzeit kein Handlungsbedarf',
      '2. Titel 2Gelb: Handlungsbedarf',
      '3. Titel 3Rot: dringender Handlungsbedarf',
      '4. Titel 4Grün: derzeit kein Handlungsbedarf',
      '5. Titel 5Grün: derzeit kein Handlungsbedarf',
      '6. Titel 6Grün: derzeit kein Handlungsbedarf',
      '7. Titel 7Gelb: Handlungsbedarf',
    ]);
  });

  it('shows the organisation its own markers, visibility, hidden entries and the changes of the last check; in English too', async () => {
    const { i18n, api } = renderPage(<ProfilePage />, {
      path: VIEW_PATH,
      pattern: PATTERN,
      answer: profileApi({
        memberships: [membership(ORGANISATION_ID, 'Tafel Leimen e. V.', 'ZO')],
        current: () =>
          profile(
            {
              canEdit: true,
              settings: settings(),
              entries: [
                ...ENTRIES,
                entry('TOPIC', 'transition-coaching', { direction: 'OFFERS', terms: NO_TERMS }),
                entry('THEME', 'health', { hidden: true }),
                entry('TOPIC', 'donations', { direction: 'SEEKS', fromCheck: false, manual: true }),
              ],
            },
            [
              {
                category: 'TOPIC',
                code: 'volunteers',
                direction: 'SEEKS',
                change: 'ADDED',
                effective: true,
              },
              {
                category: 'THEME',
                code: 'health',
                direction: null,
                change: 'ADDED',
                effective: false,
              },
              {
                category: 'TOPIC',
                code: 'donations',
                direction: 'SEEKS',
                change: 'REMOVED',
                effective: false,
              },
              {
                category: 'THEME',
                code: 'sport',
                direction: null,
                change: 'REMOVED',
                effective: true,
              },
            ],
          ),
      }),
    });

    const offers = await section('Wir bieten');
    expect(item(offers, 'Teameinsätze und Social Days').textContent).toContain(
      'aus Ihrem Praxis-Check (Version 1)',
    );
    expect(offers.textContent).toContain('Sichtbar für: alle (öffentlich)');
    expect(item(offers, 'Perspektiv-Coaching für Beschäftigte ab 55').textContent).toContain(
      'Umfang und Vorlauf sind noch nicht angegeben.',
    );
    expect(
      screen.getAllByRole('link', { name: 'Profil bearbeiten' })[0]?.getAttribute('href'),
    ).toBe(`${VIEW_PATH}/bearbeiten`);

    // A hidden entry is not part of the profile others see; the organisation is told.
    const themes = await section('Themen');
    expect(item(themes, 'Gesundheit')).toBeUndefined();
    expect(themes.textContent).toContain(
      '1 ausgeblendeter Eintrag (nur in der Bearbeitung zu sehen)',
    );

    expect(
      screen.getByText('Durch den letzten Praxis-Check: 2 hinzugekommen, 2 entfallen.'),
    ).toBeTruthy();
    const changes = await section('Änderungen durch den letzten Praxis-Check');
    const added = within(changes).getByRole('list', { name: '2 Einträge hinzugekommen' });
    expect(
      within(added)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '+Ehrenamtliche aus der Belegschaft (Wir suchen)',
      '+Gesundheit (Themen): vom Check ergänzt, bleibt aber ausgeblendet, weil Sie es von Hand entfernt haben',
    ]);
    const removed = within(changes).getByRole('list', { name: '2 Einträge entfallen' });
    expect(
      within(removed)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '−Geldspenden (Wir suchen): vom Check entfernt, bleibt aber, weil von Hand ergänzt',
      '−Sport und Bewegung (Themen)',
    ]);

    // Labels of the taxonomy and texts in English, without asking the API again.
    await act(() => i18n.changeLanguage('en'));
    const weOffer = await section('We offer');
    expect(item(weOffer, 'Team days and social days').textContent).toContain(
      'from your practice check (version 1)',
    );
    expect(item(weOffer, 'Team days and social days').textContent).toContain(
      '12 times a year · at least 14 days’ notice · for up to 8 people',
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Cooperation profile of Tafel Leimen e. V.',
    );
    expect(
      within(await section('Changes from the latest practice check')).getByText(
        'Donations (We are looking for)',
        { exact: false },
      ),
    ).toBeTruthy();
    expect(api.requests.filter((r) => r.operationName === 'Taxonomy')).toHaveLength(1);
  });

  it('lets the region’s intermediary confirm and withdraw attributes, acting for it', async () => {
    let current = profile({
      canVerify: true,
      verifyingIntermediaries: [
        {
          __typename: 'VerifyingIntermediary',
          id: INTERMEDIARY_ID,
          name: 'Freiwilligenagentur Rhein-Neckar',
        },
      ],
      settings: settings(),
      entries: ENTRIES,
    });
    const answer = profileApi({
      memberships: [
        membership(INTERMEDIARY_ID, 'Freiwilligenagentur Rhein-Neckar', 'INTERMEDIARY'),
      ],
      current: () => current,
      other: (request: FakeRequest) => {
        const input = request.variables['input'] as { attribute: string; intermediaryId: string };
        if (request.operationName === 'VerifyAttribute') {
          current = {
            ...current,
            version: current.version + 1,
            entries: current.entries.map((e) =>
              e.code === input.attribute
                ? {
                    ...e,
                    verification: {
                      __typename: 'AttributeVerification',
                      intermediaryId: input.intermediaryId,
                      intermediaryName: 'Freiwilligenagentur Rhein-Neckar',
                      verifiedAt: '2026-03-06T09:00:00.000Z',
                    },
                  }
                : e,
            ),
          };
          return { data: { verifyAttribute: current } };
        }
        if (request.operationName === 'RevokeAttributeVerification') {
          return fakeApiError('FORBIDDEN', 'profiles.verifierOutsideRegion');
        }
        throw new Error(`unexpected ${request.operationName}`);
      },
    });
    const { api } = renderPage(<ProfilePage />, { path: VIEW_PATH, pattern: PATTERN, answer });

    await screen.findByText(
      'Als Vermittlungsstelle der Region können Sie Qualitätsmerkmale bestätigen, die Sie geprüft haben. Sie handeln für Freiwilligenagentur Rhein-Neckar.',
    );
    const attributes = await section('Qualitätsmerkmale');
    fireEvent.click(
      within(attributes).getByRole('button', {
        name: '„Haftpflicht- und Unfallversicherung für Ehrenamtliche“ als Freiwilligenagentur Rhein-Neckar bestätigen',
      }),
    );

    await within(attributes).findByText(
      '„Haftpflicht- und Unfallversicherung für Ehrenamtliche“ ist jetzt bestätigt.',
    );
    expect(api.lastRequest('VerifyAttribute')?.variables['input']).toEqual({
      organisationId: ORGANISATION_ID,
      attribute: 'volunteer-insurance',
      intermediaryId: INTERMEDIARY_ID,
    });
    const insurance = item(attributes, 'Haftpflicht- und Unfallversicherung für Ehrenamtliche');
    expect(insurance.textContent).toContain(
      'bestätigt von Freiwilligenagentur Rhein-Neckar am 6. März 2026',
    );
    // The focus stays with the attribute, on the button that now withdraws.
    const withdraw = within(insurance).getByRole('button', {
      name: 'Bestätigung von „Haftpflicht- und Unfallversicherung für Ehrenamtliche“ zurückziehen',
    });
    await waitFor(() => expect(document.activeElement).toBe(withdraw));

    fireEvent.click(withdraw);
    expect((await within(attributes).findByRole('alert')).textContent).toBe(
      'Bestätigen kann nur eine Vermittlungsstelle, die den Kreis dieser Organisation betreut.',
    );
  });

  it('explains that intermediaries have no profile', async () => {
    renderPage(<ProfilePage />, {
      path: VIEW_PATH,
      pattern: PATTERN,
      answer: (request) =>
        request.operationName === 'ProfilePage'
          ? fakeApiError('BAD_USER_INPUT', 'profiles.kindHasNoProfile')
          : profileApi({ current: () => null })(request),
    });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(
      'Ein Kooperationsprofil haben zivilgesellschaftliche Organisationen und Unternehmen, nicht Vermittlungsstellen.',
    );
    expect(
      screen.getByRole('link', { name: 'Zur Seite der Organisation' }).getAttribute('href'),
    ).toBe(`/organisationen/${ORGANISATION_ID}`);
  });
});
