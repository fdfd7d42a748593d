import { useTranslation, type TranslationKey } from '@bs/web/i18n';
import type { LocalizedTaxonomy } from '@bs/web/taxonomy';
import { entryKey, fieldOf, SECTIONS, type Profile } from './profile-support';
import { useLocalized } from './use-profile-page';

type Change = NonNullable<Profile['derivation']>['changes'][number];

/**
 * What a change did to the profile as others see it. Not effective ones are explained by the
 * entry's state now: a hidden entry stays hidden, one added by hand stays.
 */
function explanation(change: Change, profile: Profile): TranslationKey {
  const entry = profile.entries.find((e) => entryKey(e) === entryKey(change));
  if (change.change === 'ADDED') {
    return entry?.hidden ? 'profiles.changes.addedButHidden' : 'profiles.changes.addedButManual';
  }
  return entry?.manual ? 'profiles.changes.removedButManual' : 'profiles.changes.removedButHidden';
}

/**
 * "Changes since the last check": what the latest derivation added to and dropped from the
 * profile, each with its section, in words and with + / − (not colour alone). Only the
 * organisation itself and its insiders get the changes from the API.
 */
export function DerivationChanges({
  profile,
  taxonomy,
}: {
  profile: Profile;
  taxonomy: LocalizedTaxonomy;
}) {
  const { t } = useTranslation();
  const { date } = useLocalized();
  const derivation = profile.derivation;
  if (!derivation) return null;
  const groups = (['ADDED', 'REMOVED'] as const)
    .map((kind) => ({
      kind,
      changes: derivation.changes
        .filter((c) => c.change === kind)
        .map((change) => ({
          change,
          section: SECTIONS.findIndex((s) => s.field === fieldOf(change)),
          label: taxonomy.labelOf(change.category, change.code),
        }))
        .sort((a, b) => a.section - b.section || a.label.localeCompare(b.label, taxonomy.language)),
    }))
    .filter((group) => group.changes.length > 0);
  return (
    <section aria-labelledby="profile-changes" className="bs-profile-changes">
      <h2 id="profile-changes" tabIndex={-1}>
        {t('profiles.changes.heading')}
      </h2>
      {groups.length === 0 ? (
        <p>{t('profiles.changes.none')}</p>
      ) : (
        <>
          <p>{t('profiles.changes.intro', { date: date(derivation.derivedAt) })}</p>
          {groups.map(({ kind, changes }) => (
            <div key={kind}>
              <h3 id={`profile-changes-${kind}`}>
                {t(`profiles.changes.group.${kind}`, { count: changes.length })}
              </h3>
              <ul className="bs-changes-list" aria-labelledby={`profile-changes-${kind}`}>
                {changes.map(({ change, label }) => (
                  <li
                    key={entryKey(change)}
                    className={`bs-profile-change bs-profile-change--${kind.toLowerCase()}${
                      change.effective ? '' : ' bs-profile-change--not-effective'
                    }`}
                  >
                    <span aria-hidden="true" className="bs-profile-change__sign">
                      {kind === 'ADDED' ? '+' : '−'}
                    </span>
                    <span>
                      <span className="bs-profile-change__label">
                        {t('profiles.changes.item', {
                          label,
                          section: t(`profiles.section.${fieldOf(change)}`),
                        })}
                      </span>
                      {!change.effective && (
                        <>
                          {': '}
                          <span className="bs-profile-change__what">
                            {t(explanation(change, profile))}
                          </span>
                        </>
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}

/** One line near the top: how much the latest check changed, leading to the list. */
export function ChangesSummary({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const changes = profile.derivation?.changes ?? [];
  if (changes.length === 0) return null;
  const count = (kind: Change['change']) => changes.filter((c) => c.change === kind).length;
  return (
    <p className="bs-profile__changes-summary">
      {t('profiles.changes.summary', { added: count('ADDED'), removed: count('REMOVED') })}{' '}
      <a
        href="#profile-changes"
        onClick={(event) => {
          const heading = document.getElementById('profile-changes');
          if (!heading) return;
          event.preventDefault();
          heading.scrollIntoView?.({ block: 'start' });
          heading.focus();
        }}
      >
        {t('profiles.changes.show')}
      </a>
    </p>
  );
}
