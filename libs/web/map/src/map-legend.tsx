import { ORGANISATION_KINDS } from '@bs/domain';
import { useTranslation } from '@bs/web/i18n';
import { useState } from 'react';
import { KindSymbol } from './kind-symbol';

/** Wide enough to show the legend open from the start without covering the map. */
const OPEN_BY_DEFAULT_QUERY = '(min-width: 40rem)';

/**
 * Explains the marker shapes, clusters and, while there are any, the highlights' rings (with
 * the caller's text). Collapsible, and collapsed at first on narrow screens.
 */
export function MapLegend({ highlight }: { highlight?: string }) {
  const { t } = useTranslation();
  const [open] = useState(
    () =>
      typeof window.matchMedia !== 'function' || window.matchMedia(OPEN_BY_DEFAULT_QUERY).matches,
  );
  return (
    <details className="bs-legend" open={open}>
      <summary className="bs-legend__title">{t('map.legend.title')}</summary>
      <ul className="bs-legend__list">
        {ORGANISATION_KINDS.map((kind) => (
          <li key={kind} className="bs-legend__item">
            <KindSymbol kind={kind} />
            {t(`map.kind.${kind}`)}
          </li>
        ))}
        <li className="bs-legend__item">
          <span className="bs-cluster-symbol" aria-hidden="true">
            <span className="bs-cluster-symbol__count">12</span>
          </span>
          {t('map.legend.cluster')}
        </li>
        {highlight && (
          <li className="bs-legend__item">
            <span className="bs-highlight-symbol" aria-hidden="true">
              <span className="bs-highlight-symbol__badge">1</span>
            </span>
            {highlight}
          </li>
        )}
      </ul>
    </details>
  );
}
