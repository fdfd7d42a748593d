import type { ProfileField, VisibilityLevel } from '@bs/web/data-access';
import { useTranslation } from '@bs/web/i18n';
import { paths } from '@bs/web/session';
import type { LocalizedTaxonomy } from '@bs/web/taxonomy';
import { Notice, RatingBadge } from '@bs/web/ui';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { MarkerIcon } from './marker-icon';
import { entryKey, type Entry, type Profile, type Section } from './profile-support';
import { findExample, useLocalized, type Catalogue } from './use-profile-page';

/** Where an entry came from: the check (with its version), by hand, hidden. Text, not colour. */
export function ProvenanceMarkers({
  entry,
  checkVersion,
  own,
}: {
  entry: Entry;
  checkVersion: number | undefined;
  own: boolean;
}) {
  const { t } = useTranslation();
  const version = checkVersion ?? 1;
  return (
    <span className="bs-provenance-list">
      {entry.fromCheck && (
        <span className="bs-provenance bs-provenance--check">
          <MarkerIcon kind="check" />
          {own
            ? t('profiles.marker.fromYourCheck', { version })
            : t('profiles.marker.fromCheck', { version })}
        </span>
      )}{' '}
      {entry.manual && (
        <span className="bs-provenance bs-provenance--manual">
          <MarkerIcon kind="manual" />
          {t('profiles.marker.manual')}
        </span>
      )}{' '}
      {entry.hidden && (
        <span className="bs-provenance bs-provenance--hidden">
          <MarkerIcon kind="hidden" />
          {t('profiles.marker.hidden')}
        </span>
      )}
    </span>
  );
}

/** The check examples an entry came from, on demand (a disclosure). */
export function EntrySources({
  entry,
  label,
  catalogue,
}: {
  entry: Entry;
  label: string;
  catalogue: Catalogue | undefined;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  if (!entry.fromCheck || entry.examples.length === 0) return null;
  return (
    <details className="bs-entry__sources">
      <summary>{t('profiles.marker.sources')}</summary>
      <ul aria-label={t('profiles.marker.sourcesLabel', { label })}>
        {entry.examples.map((code) => {
          const found = findExample(catalogue, code);
          return (
            <li key={code}>
              {found.kind === 'example'
                ? t('profiles.marker.example', { number: found.number, text: pick(found.text) })
                : found.kind === 'checkpoint3'
                  ? t('profiles.marker.checkpoint3')
                  : t('profiles.marker.unknownExample', { code })}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

/** Capacity, notice and group size of an offer, in words; null when nothing is stated. */
export function useTermsText() {
  const { t } = useTranslation();
  return (terms: Entry['terms']): string | null => {
    if (!terms) return null;
    const parts = [
      terms.capacityPerYear !== null &&
        t('profiles.terms.perYear', { count: terms.capacityPerYear }),
      terms.leadTimeDays !== null &&
        (terms.leadTimeDays === 0
          ? t('profiles.terms.noLeadTime')
          : t('profiles.terms.notice', { count: terms.leadTimeDays })),
      terms.groupSize !== null && t('profiles.terms.people', { count: terms.groupSize }),
    ].filter((part): part is string => typeof part === 'string');
    return parts.length > 0 ? parts.join(' · ') : null;
  };
}

/** "bestätigt von <Vermittlung> am <Datum>" or "selbst erklärt". */
export function VerificationText({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const { date } = useLocalized();
  const verification = entry.verification;
  if (!verification) {
    return (
      <span className="bs-entry__verification">{t('profiles.verification.selfDeclared')}</span>
    );
  }
  return (
    <span className="bs-entry__verification bs-entry__verification--verified">
      <MarkerIcon kind="verified" />
      {verification.intermediaryName
        ? t('profiles.verification.verifiedBy', {
            name: verification.intermediaryName,
            date: date(verification.verifiedAt),
          })
        : t('profiles.verification.verified', { date: date(verification.verifiedAt) })}
    </span>
  );
}

export interface EntryListProps {
  section: Section;
  profile: Profile;
  entries: readonly Entry[];
  taxonomy: LocalizedTaxonomy;
  catalogue: Catalogue | undefined;
  /** The viewer is the organisation itself (editors): "aus Ihrem Praxis-Check". */
  own: boolean;
  /** Buttons beside an entry's label (remove, show again, verify). */
  actions?: (entry: Entry, label: string) => ReactNode;
  /** Buttons beside an attribute's verification (confirm, withdraw). */
  verificationActions?: (entry: Entry, label: string) => ReactNode;
  /** More below an entry (the offer terms form). */
  more?: (entry: Entry, label: string) => ReactNode;
  /** Whether to say that offer terms are missing (for the organisation itself). */
  showMissingTerms?: boolean;
}

/** The entries of one section with their label, provenance, terms and verification. */
export function EntryList({
  section,
  profile,
  entries,
  taxonomy,
  catalogue,
  own,
  actions,
  verificationActions,
  more,
  showMissingTerms = false,
}: EntryListProps) {
  const { t } = useTranslation();
  const termsText = useTermsText();
  if (entries.length === 0) {
    return (
      <p className="bs-profile__empty">{own ? t('profiles.emptyOwn') : t('profiles.empty')}</p>
    );
  }
  return (
    <ul className={`bs-entries${more ? '' : ' bs-entries--grid'}`}>
      {entries.map((entry) => {
        const label = taxonomy.labelOf(entry.category, entry.code);
        const terms = section.field === 'OFFERS' ? termsText(entry.terms) : null;
        return (
          <li
            key={entryKey(entry)}
            className={`bs-entry${entry.hidden ? ' bs-entry--hidden' : ''}`}
            data-entry={entryKey(entry)}
          >
            <div className="bs-entry__head">
              <div className="bs-entry__main">
                <span className="bs-entry__label">{label}</span>{' '}
                <ProvenanceMarkers
                  entry={entry}
                  checkVersion={profile.derivation?.version}
                  own={own}
                />
              </div>
              {actions?.(entry, label)}
            </div>
            {terms && (
              <p className="bs-entry__terms">
                <span className="bs-visually-hidden">{t('profiles.terms.label')}: </span>
                {terms}
              </p>
            )}
            {!terms && entry.terms && showMissingTerms && (
              <p className="bs-entry__terms bs-entry__terms--missing">{t('profiles.terms.none')}</p>
            )}
            {section.field === 'ATTRIBUTES' && (
              <div className="bs-entry__attribute">
                <VerificationText entry={entry} />
                {verificationActions?.(entry, label)}
              </div>
            )}
            <EntrySources entry={entry} label={label} catalogue={catalogue} />
            {more?.(entry, label)}
          </li>
        );
      })}
    </ul>
  );
}

/** What a viewer is told about a field they may not see. */
/** The level that would show a field the viewer may not see; null when the viewer sees it. */
export function withheldLevel(profile: Profile, field: string): 'SIGNED_IN' | 'CONTACTS' | null {
  const level = profile.withheld.find((w) => w.field === field)?.level;
  return level === 'SIGNED_IN' || level === 'CONTACTS' ? level : null;
}

export function WithheldNotice({
  level,
  signedIn,
}: {
  level: 'SIGNED_IN' | 'CONTACTS';
  signedIn: boolean;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <Notice className="bs-withheld">
      <p>
        <MarkerIcon kind="locked" />
        {t(`profiles.withheld.${level}`)}
        {!signedIn && (
          <>
            {' '}
            <Link to={paths.logIn(`${location.pathname}${location.search}`)}>
              {t('profiles.withheld.logIn')}
            </Link>
          </>
        )}
      </p>
    </Notice>
  );
}

/** The heading of a section, with who may see it (for the organisation and its insiders). */
export function SectionHeading({
  field,
  level,
}: {
  field: ProfileField;
  level: VisibilityLevel | undefined;
}) {
  const { t } = useTranslation();
  return (
    <div className="bs-profile-section__head">
      <h2 id={`profile-${field}`} tabIndex={-1}>
        {t(`profiles.section.${field}`)}
      </h2>
      {level && (
        <p className="bs-profile-section__visibility">
          {t('profiles.visibleTo', { level: t(`profiles.visibility.${level}`) })}
        </p>
      )}
    </div>
  );
}

/** The ratings per checkpoint of the latest check, with their words (never colour alone). */
export function ReadinessSection({
  profile,
  catalogue,
  signedIn,
}: {
  profile: Profile;
  catalogue: Catalogue | undefined;
  signedIn: boolean;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const level = profile.settings?.visibility.find((v) => v.field === 'READINESS')?.level;
  const withheld = withheldLevel(profile, 'READINESS');
  const readiness = profile.readiness;
  if (!withheld && !readiness) return null;
  return (
    <section aria-labelledby="profile-READINESS" className="bs-profile-section">
      <SectionHeading field="READINESS" level={level} />
      <p className="bs-profile-section__intro">{t('profiles.sectionIntro.READINESS')}</p>
      {withheld || !readiness ? (
        <WithheldNotice level={withheld ?? 'SIGNED_IN'} signedIn={signedIn} />
      ) : (
        <>
          <p className="bs-readiness__summary">
            <strong>
              {t('profiles.readiness.score', { percent: Math.round(readiness.score * 100) })}
            </strong>
            {' · '}
            {t('profiles.readiness.summary', {
              green: readiness.green,
              yellow: readiness.yellow,
              red: readiness.red,
            })}
          </p>
          <p className="bs-field__hint">{t('profiles.readiness.scoreHint')}</p>
          <ol className="bs-readiness">
            {readiness.ratings.map((rating, index) => {
              const number = index + 1;
              const checkpoint = catalogue?.checkpoints.find((c) => c.number === number);
              return (
                <li key={number} className="bs-readiness__item">
                  <span className="bs-readiness__title">
                    {checkpoint
                      ? t('profiles.readiness.checkpoint', {
                          number,
                          title: pick(checkpoint.title),
                        })
                      : t('profiles.readiness.checkpointFallback', { number })}
                  </span>
                  <RatingBadge rating={rating} />
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
