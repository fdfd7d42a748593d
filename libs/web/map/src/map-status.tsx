import { ORGANISATION_KINDS, type OrganisationKind } from '@bs/domain';
import { useTranslation, type TranslationKey } from '@bs/web/i18n';

export interface MapProblem {
  /** What failed, e.g. `map.status.organisationsFailed`. */
  what: TranslationKey;
  /** Why, e.g. `errors.network`. */
  why?: TranslationKey;
  retry?: () => void;
}

export interface MapStatusProps {
  loading: boolean;
  /** How many organisations are in view under the filter; undefined when not known. */
  total: number | undefined;
  /** Of those, per kind. */
  byKind?: Record<OrganisationKind, number>;
  problems: readonly MapProblem[];
}

/**
 * A small, non-blocking status line on the map: how many organisations are in view (per
 * kind), loading, and what failed. Announced politely to screen readers.
 */
export function MapStatus({ loading, total, byKind, problems }: MapStatusProps) {
  const { t } = useTranslation();
  return (
    <div className="bs-status" role="status" aria-live="polite">
      {problems.map(({ what, why, retry }) => (
        <p key={what} className="bs-status__line bs-status__line--problem">
          {t(what)} {why && t(why)}{' '}
          {retry && (
            <button type="button" className="bs-status__retry" onClick={retry}>
              {t('map.status.retry')}
            </button>
          )}
        </p>
      ))}
      {total !== undefined && (
        <p className="bs-status__line">
          <strong>{t('map.status.count', { count: total })}</strong>
          {byKind && total > 0 && (
            <span className="bs-status__kinds">
              {ORGANISATION_KINDS.filter((kind) => byKind[kind] > 0)
                .map((kind) =>
                  t('map.status.ofKind', { count: byKind[kind], kind: t(`map.kindShort.${kind}`) }),
                )
                .join(' · ')}
            </span>
          )}
        </p>
      )}
      {loading && (
        <p className="bs-status__line bs-status__line--quiet">{t('map.status.loading')}</p>
      )}
    </div>
  );
}
