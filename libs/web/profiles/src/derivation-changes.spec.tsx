import { initI18n } from '@bs/web/i18n';
import { localizeTaxonomy } from '@bs/web/taxonomy';
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { DerivationChanges } from './derivation-changes';
import type { Profile } from './profile-support';
import { entry, profile, TAXONOMY, type Change } from './test-support';

function renderChanges(entries: ReturnType<typeof entry>[], changes: Change[]) {
  const i18n = initI18n({ language: 'de' });
  render(
    <I18nextProvider i18n={i18n}>
      <DerivationChanges
        profile={profile({ entries, canEdit: true }, changes) as Profile}
        taxonomy={localizeTaxonomy(TAXONOMY as never, 'de')}
      />
    </I18nextProvider>,
  );
}

const texts = (name: string) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('changes since the last check', () => {
  afterEach(cleanup);

  it('lists what the check added and dropped by section, and explains what did not take effect', () => {
    renderChanges(
      [
        entry('TOPIC', 'volunteers', { direction: 'SEEKS', manual: true }),
        entry('THEME', 'health', { hidden: true }),
        entry('REQUIRED_CRITERION', 'reputation', { fromCheck: false, manual: true }),
      ],
      [
        { category: 'THEME', code: 'health', direction: null, change: 'ADDED', effective: false },
        {
          category: 'TOPIC',
          code: 'volunteers',
          direction: 'SEEKS',
          change: 'ADDED',
          effective: false,
        },
        {
          category: 'TOPIC',
          code: 'team-days',
          direction: 'OFFERS',
          change: 'ADDED',
          effective: true,
        },
        {
          category: 'EXIT_CRITERION',
          code: 'goals-reached',
          direction: null,
          change: 'REMOVED',
          effective: false,
        },
        {
          category: 'REQUIRED_CRITERION',
          code: 'reputation',
          direction: null,
          change: 'REMOVED',
          effective: false,
        },
      ],
    );

    expect(
      screen.getByText('Was der Praxis-Check vom 3. März 2026 am Profil geändert hat:'),
    ).toBeTruthy();
    // In the order of the page's sections; the sign is decoration, the words carry the meaning.
    expect(texts('3 Einträge hinzugekommen')).toEqual([
      '+Teameinsätze und Social Days (Wir bieten)',
      '+Ehrenamtliche aus der Belegschaft (Wir suchen): vom Check ergänzt, war schon von Hand eingetragen',
      '+Gesundheit (Themen): vom Check ergänzt, bleibt aber ausgeblendet, weil Sie es von Hand entfernt haben',
    ]);
    expect(texts('2 Einträge entfallen')).toEqual([
      '−Guter Ruf des Unternehmens (Anforderungen an Partner): vom Check entfernt, bleibt aber, weil von Hand ergänzt',
      '−Gemeinsame Ziele sind erreicht (Abbruchkriterien): vom Check entfernt, war ohnehin ausgeblendet',
    ]);
  });

  it('says when the check changed nothing', () => {
    renderChanges([], []);
    expect(screen.getByText('Der letzte Check hat nichts am Profil geändert.')).toBeTruthy();
  });
});
