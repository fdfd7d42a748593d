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
  /** How many organisations are shown; undefined when that is not known (e.g. on failure). */
  count: number | undefined;
  limitReached: boolean;
  problems: readonly MapProblem[];
}

/**
 * A small, non-blocking status line on the map: loading, how many organisations are shown,
 * and what failed. Announced politely to screen readers.
 */
export function MapStatus({ loading, count, limitReached, problems }: MapStatusProps) {
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
      {loading && <p className="bs-status__line">{t('map.status.loading')}</p>}
      {!loading && count !== undefined && (
        <p className="bs-status__line">
          {limitReached
            ? t('map.status.limitReached', { count })
            : t('map.status.count', { count })}
        </p>
      )}
    </div>
  );
}
