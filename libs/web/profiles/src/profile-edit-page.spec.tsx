import { QUALITY_ATTRIBUTES, QUALITY_CRITERIA, topicsFor } from '@bs/domain';
import { fakeApiError, type FakeAnswer, type FakeRequest } from '@bs/web/data-access';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProfileEditPage } from './profile-edit-page';
import {
  EDIT_PATH,
  entry,
  membership,
  NO_TERMS,
  ORGANISATION_ID,
  profile,
  profileApi,
  renderPage,
  settings,
  TAXONOMY,
  type EntryOptions,
} from './test-support';

const PATTERN = '/organisationen/:id/profil/bearbeiten';

type Entry = ReturnType<typeof entry>;
type Input = { category: string; code: string; direction: string | null };

const section = async (name: string) =>
  (await screen.findByRole('heading', { level: 2, name })).closest('section') as HTMLElement;

const item = (container: HTMLElement, label: string) =>
  within(container)
    .queryAllByRole('listitem')
    .find((li) => li.querySelector('.bs-entry__label')?.textContent === label);

const options = (select: HTMLElement) =>
  [...(select as HTMLSelectElement).options].filter((o) => o.value !== '').map((o) => o.text);

const labelOf = (code: string) => TAXONOMY.topics.find((t) => t.code === code)?.label.de;

/**
 * A fake API that applies adjustments like the real one: adding by hand (a hidden check
 * entry comes back), removing (a check entry is hidden), terms with the version.
 */
function adjustingApi(
  entries: Entry[],
  handle: (request: FakeRequest) => FakeAnswer | null = () => null,
) {
  let current = profile({ canEdit: true, settings: settings(), entries });
  const same = (e: Entry, input: Input) =>
    e.category === input.category && e.code === input.code && e.direction === input.direction;
  const next = (changes: Partial<typeof current>) => {
    current = { ...current, ...changes, version: current.version + 1 };
    return current;
  };
  const answer = profileApi({
    memberships: [membership(ORGANISATION_ID, 'Tafel Leimen e. V.', 'ZO')],
    current: () => current,
    other: (request) => {
      const special = handle(request);
      if (special) return special;
      const input = request.variables['input'] as Input & Record<string, unknown>;
      switch (request.operationName) {
        case 'AddProfileEntry': {
          const found = current.entries.find((e) => same(e, input));
          const added = found
            ? current.entries.map((e) =>
                same(e, input) ? { ...e, manual: true, hidden: false } : e,
              )
            : [
                ...current.entries,
                entry(input.category, input.code, {
                  direction: input.direction as EntryOptions['direction'],
                  fromCheck: false,
                  manual: true,
                }),
              ];
          return { data: { addProfileEntry: next({ entries: added }) } };
        }
        case 'RemoveProfileEntry': {
          const kept = current.entries.flatMap((e) =>
            !same(e, input) ? [e] : e.fromCheck ? [{ ...e, manual: false, hidden: true }] : [],
          );
          return { data: { removeProfileEntry: next({ entries: kept }) } };
        }
        case 'SetOfferTerms': {
          const terms = input as unknown as { topic: string } & typeof NO_TERMS;
          const updated = current.entries.map((e) =>
            e.code === terms.topic && e.direction === 'OFFERS'
              ? {
                  ...e,
                  terms: {
                    __typename: 'OfferTerms',
                    capacityPerYear: terms.capacityPerYear,
                    leadTimeDays: terms.leadTimeDays,
                    groupSize: terms.groupSize,
                  },
                }
              : e,
          );
          return { data: { setOfferTerms: next({ entries: updated }) } };
        }
        case 'UpdateProfileSettings':
          return { data: { updateProfileSettings: next({}) } };
        default:
          throw new Error(`unexpected ${request.operationName}`);
      }
    },
  });
  return { answer, current: () => current };
}

describe('editing a profile', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('offers only codes the organisation’s kind may add, and adds one by hand', async () => {
    const { answer } = adjustingApi([
      entry('TOPIC', 'team-days', { direction: 'OFFERS', terms: NO_TERMS }),
    ]);
    const { api } = renderPage(<ProfileEditPage />, { path: EDIT_PATH, pattern: PATTERN, answer });

    const offers = await section('Wir bieten');
    const select = within(offers).getByRole('combobox', { name: 'Angebot hinzufügen' });
    // Exactly what a ZO may offer (the taxonomy's offeredBy), without what it has, by label.
    const expected = topicsFor('ZO', 'OFFERS')
      .filter((t) => t.code !== 'team-days')
      .map((t) => t.label.de)
      .sort((a, b) => a.localeCompare(b, 'de'));
    expect(options(select)).toEqual(expected);
    expect(options(select)).not.toContain(labelOf('donations'));

    // Requirements of partners are those that apply to companies; attributes those a ZO holds.
    const byLabel = (labels: string[]) => labels.sort((a, b) => a.localeCompare(b, 'de'));
    const required = within(await section('Anforderungen an Partner')).getByRole('combobox');
    expect(options(required)).toEqual(
      byLabel(QUALITY_CRITERIA.filter((c) => c.appliesTo === 'KMU').map((c) => c.label.de)),
    );
    const held = within(await section('Qualitätsmerkmale')).getByRole('combobox');
    expect(options(held)).toEqual(
      byLabel(QUALITY_ATTRIBUTES.filter((a) => a.heldBy === 'ZO').map((a) => a.label.de)),
    );

    // Nothing chosen: said at the field, nothing sent.
    fireEvent.click(within(offers).getByRole('button', { name: 'Hinzufügen' }));
    expect(within(offers).getByText('Bitte wählen Sie einen Eintrag aus der Liste.')).toBeTruthy();
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(api.lastRequest('AddProfileEntry')).toBeUndefined();

    fireEvent.change(select, { target: { value: 'inclusion' } });
    // The topic's description helps to choose.
    expect(within(offers).getByText(/Menschen mit Behinderungen/)).toBeTruthy();
    fireEvent.click(within(offers).getByRole('button', { name: 'Hinzufügen' }));

    await within(offers).findByText('„Berufliche Inklusion“ wurde von Hand hinzugefügt.');
    expect(api.lastRequest('AddProfileEntry')?.variables['input']).toEqual({
      organisationId: ORGANISATION_ID,
      category: 'TOPIC',
      code: 'inclusion',
      direction: 'OFFERS',
    });
    expect(item(offers, 'Berufliche Inklusion')?.textContent).toContain('von Hand ergänzt');
    expect(options(select)).not.toContain('Berufliche Inklusion');
    expect((select as HTMLSelectElement).value).toBe('');
  });

  it('hides a check entry with a way to show it again, and removes one added by hand', async () => {
    const { answer } = adjustingApi([
      entry('TOPIC', 'volunteers', { direction: 'SEEKS' }),
      entry('TOPIC', 'donations', { direction: 'SEEKS', fromCheck: false, manual: true }),
    ]);
    const { api } = renderPage(<ProfileEditPage />, { path: EDIT_PATH, pattern: PATTERN, answer });
    const seeks = await section('Wir suchen');

    fireEvent.click(
      within(seeks).getByRole('button', { name: '„Ehrenamtliche aus der Belegschaft“ entfernen' }),
    );
    await within(seeks).findByText(
      '„Ehrenamtliche aus der Belegschaft“ ist jetzt ausgeblendet. Mit „Wieder anzeigen“ holen Sie es zurück.',
    );
    const hidden = item(seeks, 'Ehrenamtliche aus der Belegschaft') as HTMLElement;
    expect(hidden.textContent).toContain('ausgeblendet – wird anderen nicht gezeigt');
    expect(hidden.textContent).toContain('aus Ihrem Praxis-Check (Version 1)');
    const show = within(hidden).getByRole('button', {
      name: '„Ehrenamtliche aus der Belegschaft“ wieder anzeigen',
    });
    await waitFor(() => expect(document.activeElement).toBe(show));
    expect(api.lastRequest('RemoveProfileEntry')?.variables['input']).toEqual({
      organisationId: ORGANISATION_ID,
      category: 'TOPIC',
      code: 'volunteers',
      direction: 'SEEKS',
    });

    fireEvent.click(show);
    await within(seeks).findByText('„Ehrenamtliche aus der Belegschaft“ wird wieder angezeigt.');
    const back = item(seeks, 'Ehrenamtliche aus der Belegschaft') as HTMLElement;
    expect(back.textContent).not.toContain('ausgeblendet');
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(back).getByRole('button', {
          name: '„Ehrenamtliche aus der Belegschaft“ entfernen',
        }),
      ),
    );

    fireEvent.click(within(seeks).getByRole('button', { name: '„Geldspenden“ entfernen' }));
    await within(seeks).findByText('„Geldspenden“ wurde entfernt.');
    expect(item(seeks, 'Geldspenden')).toBeUndefined();
    // The entry is gone: the focus goes to the section.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Wir suchen' })),
    );
  });

  it('checks offer terms like the API, shows the API’s error at its field and saves good terms', async () => {
    let reject = true;
    const { answer } = adjustingApi(
      [entry('TOPIC', 'team-days', { direction: 'OFFERS', terms: NO_TERMS })],
      (request) => {
        if (request.operationName !== 'SetOfferTerms' || !reject) return null;
        reject = false;
        return fakeApiError('BAD_USER_INPUT', 'profiles.capacityInvalid', {
          fields: [{ field: 'capacityPerYear', messageKey: 'profiles.capacityInvalid' }],
        });
      },
    );
    const { api } = renderPage(<ProfileEditPage />, { path: EDIT_PATH, pattern: PATTERN, answer });
    const terms = await screen.findByRole('group', {
      name: 'Umfang des Angebots „Teameinsätze und Social Days“',
    });
    const capacity = within(terms).getByRole('spinbutton', { name: /Wie oft im Jahr/ });
    const notice = within(terms).getByRole('spinbutton', { name: /Vorlauf in Tagen/ });
    const save = within(terms).getByRole('button', { name: 'Angaben speichern' });

    // Out of the API's limits: said at the fields, nothing sent.
    fireEvent.change(capacity, { target: { value: '0' } });
    fireEvent.change(notice, { target: { value: '400' } });
    fireEvent.click(save);
    expect(
      await within(terms).findByText(
        'Bitte geben Sie an, wie oft im Jahr: eine ganze Zahl von 1 bis 1000.',
      ),
    ).toBeTruthy();
    expect(
      within(terms).getByText(
        'Bitte geben Sie den Vorlauf in Tagen an: eine ganze Zahl von 0 bis 365.',
      ),
    ).toBeTruthy();
    expect(capacity.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(capacity);
    expect(api.lastRequest('SetOfferTerms')).toBeUndefined();

    // The API refuses: its error appears at the field it names, the input stays.
    fireEvent.change(capacity, { target: { value: '5' } });
    fireEvent.change(notice, { target: { value: '14' } });
    fireEvent.click(save);
    await waitFor(() => expect(capacity.getAttribute('aria-invalid')).toBe('true'));
    expect(capacity.getAttribute('aria-describedby')).toContain(`${capacity.id}-error`);
    expect(document.getElementById(`${capacity.id}-error`)?.textContent).toContain(
      'Bitte geben Sie an, wie oft im Jahr: eine ganze Zahl von 1 bis 1000.',
    );
    expect((capacity as HTMLInputElement).value).toBe('5');

    fireEvent.change(capacity, { target: { value: '12' } });
    fireEvent.click(save);
    await screen.findByText('Die Angaben zu „Teameinsätze und Social Days“ sind gespeichert.');
    expect(api.lastRequest('SetOfferTerms')?.variables['input']).toEqual({
      organisationId: ORGANISATION_ID,
      topic: 'team-days',
      version: 3,
      capacityPerYear: 12,
      leadTimeDays: 14,
      groupSize: null,
    });
    expect(capacity.getAttribute('aria-invalid')).toBeNull();
    expect((capacity as HTMLInputElement).value).toBe('12');
  });

  it('reloads after a version conflict and says so', async () => {
    const { answer } = adjustingApi(
      [entry('TOPIC', 'team-days', { direction: 'OFFERS', terms: NO_TERMS })],
      (request) =>
        request.operationName === 'SetOfferTerms'
          ? fakeApiError('CONFLICT', 'profiles.versionConflict', { currentVersion: 4 })
          : null,
    );
    const { api } = renderPage(<ProfileEditPage />, { path: EDIT_PATH, pattern: PATTERN, answer });
    const terms = await screen.findByRole('group', {
      name: 'Umfang des Angebots „Teameinsätze und Social Days“',
    });
    const loads = api.requests.filter((r) => r.operationName === 'ProfilePage').length;
    const capacity = within(terms).getByRole('spinbutton', { name: /Wie oft im Jahr/ });
    fireEvent.change(capacity, { target: { value: '3' } });
    fireEvent.click(within(terms).getByRole('button', { name: 'Angaben speichern' }));

    expect((await within(terms).findByRole('alert')).textContent).toBe(
      'Jemand anderes hat das Profil inzwischen geändert. Wir haben den aktuellen Stand geladen – bitte prüfen Sie ihn und speichern Sie Ihre Änderung erneut.',
    );
    await waitFor(() =>
      expect(api.requests.filter((r) => r.operationName === 'ProfilePage').length).toBe(loads + 1),
    );
    expect((capacity as HTMLInputElement).value).toBe('');
  });

  it('saves the settings with the profile’s version, checking the radius first', async () => {
    const { answer } = adjustingApi([]);
    const { api } = renderPage(<ProfileEditPage />, { path: EDIT_PATH, pattern: PATTERN, answer });
    const settingsSection = await section('Einstellungen');
    const radius = within(settingsSection).getByRole('spinbutton', { name: /Suchradius in km/ });
    expect((radius as HTMLInputElement).value).toBe('30');
    const save = within(settingsSection).getByRole('button', { name: 'Einstellungen speichern' });

    fireEvent.change(radius, { target: { value: '250' } });
    fireEvent.click(save);
    expect(
      await within(settingsSection).findByText(
        'Bitte geben Sie einen Suchradius von 1 bis 200 km an (ganze Zahl).',
      ),
    ).toBeTruthy();
    expect(api.lastRequest('UpdateProfileSettings')).toBeUndefined();

    fireEvent.change(radius, { target: { value: '50' } });
    fireEvent.click(
      within(settingsSection).getByRole('checkbox', {
        name: 'Nur bestätigte Qualitätsmerkmale als Nachweis anerkennen',
      }),
    );
    fireEvent.change(within(settingsSection).getByRole('combobox', { name: /^Abbruchkriterien/ }), {
      target: { value: 'SIGNED_IN' },
    });
    fireEvent.click(save);
    await within(settingsSection).findByText('Die Einstellungen sind gespeichert.');
    const input = api.lastRequest('UpdateProfileSettings')?.variables['input'] as Record<
      string,
      unknown
    >;
    expect(input).toMatchObject({
      organisationId: ORGANISATION_ID,
      version: 3,
      radiusKm: 50,
      requireVerified: true,
    });
    expect(input['visibility']).toContainEqual({ field: 'EXIT_CRITERIA', level: 'SIGNED_IN' });
    expect(input['visibility']).toContainEqual({ field: 'OFFERS', level: 'PUBLIC' });
  });

  it('tells those who may not edit, with the way back to the profile', async () => {
    renderPage(<ProfileEditPage />, {
      path: EDIT_PATH,
      pattern: PATTERN,
      answer: profileApi({ current: () => profile({ entries: [] }) }),
    });
    expect(await screen.findByText('Sie dürfen dieses Profil nicht bearbeiten.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Zur Ansicht des Profils' }).getAttribute('href')).toBe(
      `/organisationen/${ORGANISATION_ID}/profil`,
    );
    expect(screen.queryByRole('button', { name: 'Hinzufügen' })).toBeNull();
  });
});
