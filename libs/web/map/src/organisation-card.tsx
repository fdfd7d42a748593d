import { skipToken, useQuery } from '@apollo/client/react';
import type { OrganisationKind } from '@bs/domain';
import { describeApiError, type OrganisationCardProfileQuery } from '@bs/web/data-access';
import { useTranslation, type TranslationKey } from '@bs/web/i18n';
import { paths } from '@bs/web/session';
import { useTaxonomy } from '@bs/web/taxonomy';
import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import {
  OrganisationCardProfileQuery as ProfileQuery,
  OrganisationCardQuery,
} from './graphql/map.queries';
import { KindSymbol } from './kind-symbol';

export interface OrganisationCardProps {
  organisationId: string;
  onClose: () => void;
  /**
   * More about the organisation for the viewer, e.g. how well it matches the organisation the
   * viewer acts for (the matching feature plugs in here); shown before the profile.
   */
  extras?: ReactNode;
}

type Entry = OrganisationCardProfileQuery['profile']['entries'][number];

const SECTIONS: readonly {
  title: TranslationKey;
  field: string;
  test: (entry: Entry) => boolean;
}[] = [
  {
    title: 'map.card.offers',
    field: 'OFFERS',
    test: (e) => e.category === 'TOPIC' && e.direction === 'OFFERS',
  },
  {
    title: 'map.card.seeks',
    field: 'SEEKS',
    test: (e) => e.category === 'TOPIC' && e.direction === 'SEEKS',
  },
  { title: 'map.card.themes', field: 'THEMES', test: (e) => e.category === 'THEME' },
  { title: 'map.card.attributes', field: 'ATTRIBUTES', test: (e) => e.category === 'ATTRIBUTE' },
];

function ProfileSection({
  organisationId,
  kind,
}: {
  organisationId: string;
  kind: OrganisationKind;
}) {
  const { t } = useTranslation();
  const { taxonomy } = useTaxonomy();
  const { data, error, loading } = useQuery(
    ProfileQuery,
    kind === 'INTERMEDIARY' ? skipToken : { variables: { id: organisationId } },
  );
  if (kind === 'INTERMEDIARY') return null;
  if (loading && !data) return <p className="bs-card__muted">{t('map.card.loadingProfile')}</p>;
  if (error) {
    return (
      <p className="bs-card__problem">
        {t('map.card.profileFailed')} {t(describeApiError(error))}
      </p>
    );
  }
  const profile = data?.profile;
  if (!profile) return null;
  const withheld = new Set<string>(profile.withheldFields);
  const sections = SECTIONS.map((section) => ({
    ...section,
    entries: profile.entries.filter(section.test),
  }));
  const empty = sections.every((s) => s.entries.length === 0 && !withheld.has(s.field));
  return (
    <section className="bs-card__profile" aria-labelledby={`${organisationId}-profile`}>
      <h3 id={`${organisationId}-profile`} className="bs-card__subheading">
        {t('map.card.profile')}
      </h3>
      {empty && <p className="bs-card__muted">{t('map.card.noProfile')}</p>}
      {sections.map(
        ({ title, field, entries }) =>
          (entries.length > 0 || withheld.has(field)) && (
            <div key={field} className="bs-card__field">
              <h4 className="bs-card__field-name">{t(title)}</h4>
              {withheld.has(field) ? (
                <p className="bs-card__muted">{t('map.card.withheld')}</p>
              ) : (
                <ul className="bs-card__chips">
                  {entries.map((entry) => (
                    <li key={`${entry.code}-${entry.direction ?? ''}`} className="bs-card__chip">
                      {taxonomy?.labelOf(entry.category, entry.code) ?? entry.code}
                      {entry.verification && (
                        <span className="bs-card__verified">
                          {' '}
                          {t('map.card.verified', {
                            by: entry.verification.intermediaryName ?? '',
                          })}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ),
      )}
      {withheld.size > 0 && <p className="bs-card__muted">{t('map.card.moreForSignedIn')}</p>}
    </section>
  );
}

/**
 * The card of the selected organisation: its public fields and its profile as far as the
 * viewer may see it. Focus moves to its heading when it opens; Escape closes it.
 */
export default function OrganisationCard({
  organisationId,
  onClose,
  extras,
}: OrganisationCardProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const card = useRef<HTMLElement>(null);
  const { data, error, loading } = useQuery(OrganisationCardQuery, {
    variables: { id: organisationId },
  });
  const organisation = data?.organisation;

  useEffect(() => {
    if (organisation) heading.current?.focus();
  }, [organisation]);

  // Escape closes the card while focus is inside it.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && card.current?.contains(document.activeElement)) onClose();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  return (
    <article ref={card} className="bs-card" aria-labelledby={`${organisationId}-name`}>
      <button
        type="button"
        className="bs-card__close"
        onClick={onClose}
        aria-label={t('map.card.close')}
        title={t('map.card.close')}
      >
        <span aria-hidden="true">×</span>
      </button>
      {loading && !organisation && <p className="bs-card__muted">{t('map.card.loading')}</p>}
      {error && (
        <p className="bs-card__problem" role="alert">
          {t('map.card.failed')} {t(describeApiError(error))}
        </p>
      )}
      {organisation && (
        <>
          <h2 id={`${organisationId}-name`} ref={heading} tabIndex={-1} className="bs-card__name">
            {organisation.name}
          </h2>
          <p className="bs-card__kind">
            <KindSymbol kind={organisation.kind} />
            {t(`map.kind.${organisation.kind}`)}
            {organisation.legalForm && ` · ${organisation.legalForm}`}
          </p>
          <p className="bs-card__address">
            {organisation.street && (
              <>
                {organisation.street}
                <br />
              </>
            )}
            {organisation.postcode} {organisation.city}
            {organisation.district && (
              <>
                <br />
                <span className="bs-card__muted">
                  {organisation.district.name}
                  {organisation.land && `, ${organisation.land.name}`}
                </span>
              </>
            )}
          </p>
          {organisation.description && (
            <p className="bs-card__description">{organisation.description}</p>
          )}
          {(organisation.website || organisation.publicContact) && (
            <dl className="bs-card__contact">
              {organisation.website && (
                <>
                  <dt>{t('map.card.website')}</dt>
                  <dd>
                    <a href={organisation.website} target="_blank" rel="noopener noreferrer">
                      {organisation.website.replace(/^https?:\/\//, '')}
                    </a>
                  </dd>
                </>
              )}
              {organisation.publicContact && (
                <>
                  <dt>{t('map.card.publicContact')}</dt>
                  <dd>{organisation.publicContact}</dd>
                </>
              )}
            </dl>
          )}
          {extras}
          <ProfileSection organisationId={organisationId} kind={organisation.kind} />
          <p className="bs-card__more">
            <Link to={paths.organisation(organisationId)}>{t('map.card.open')}</Link>
          </p>
        </>
      )}
    </article>
  );
}
