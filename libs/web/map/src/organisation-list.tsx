import { skipToken, useQuery } from '@apollo/client/react';
import { describeApiError, type MapFilterInput } from '@bs/web/data-access';
import { currentLanguage, useTranslation } from '@bs/web/i18n';
import { useState } from 'react';
import { MapOrganisationListQuery } from './graphql/map.queries';
import { KindSymbol } from './kind-symbol';
import type { MapViewport } from './use-map-features';

/** Organisations per page of the list. */
export const LIST_PAGE_SIZE = 20;
/** The API pages up to this offset; beyond it, zooming in or filtering helps. */
const MAX_OFFSET = 1_000;

export interface OrganisationListProps {
  viewport: MapViewport | null;
  filter: MapFilterInput;
  selectedId: string | null;
  onSelect: (organisationId: string) => void;
}

/**
 * The map as a list, for everyone who cannot or does not want to use the map: the same
 * organisations (same view, same filters), nearest to the centre first, page by page. Each
 * entry is a button that opens the organisation's card.
 */
export default function OrganisationList({
  viewport,
  filter,
  selectedId,
  onSelect,
}: OrganisationListProps) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(currentLanguage(i18n), { maximumFractionDigits: 1 });
  const query = JSON.stringify({ viewport, filter });
  const [page, setPage] = useState({ query, offset: 0 });
  // A new view or filter starts at the first page.
  const offset = page.query === query ? page.offset : 0;
  const { data, previousData, loading, error, refetch } = useQuery(
    MapOrganisationListQuery,
    viewport ? { variables: { viewport, filter, offset, limit: LIST_PAGE_SIZE } } : skipToken,
  );
  const list = (data ?? previousData)?.mapOrganisationList;
  const total = list?.total ?? 0;
  const last = Math.min(total, MAX_OFFSET + LIST_PAGE_SIZE);
  const goTo = (next: number) => setPage({ query, offset: next });

  return (
    <section className="bs-list" aria-labelledby="bs-list-heading" aria-busy={loading}>
      <h2 id="bs-list-heading" className="bs-list__heading">
        {t('map.list.heading')}
      </h2>
      <p className="bs-list__summary" role="status">
        {error
          ? `${t('map.list.failed')} ${t(describeApiError(error))}`
          : list
            ? total === 0
              ? t('map.list.none')
              : t('map.list.range', {
                  from: number.format(list.offset + 1),
                  to: number.format(list.offset + list.entries.length),
                  total: number.format(total),
                })
            : t('map.status.loading')}
      </p>
      {error && (
        <button type="button" onClick={() => void refetch().catch(() => undefined)}>
          {t('map.status.retry')}
        </button>
      )}
      {list && list.entries.length > 0 && (
        <ol className="bs-list__items" start={list.offset + 1}>
          {list.entries.map(({ organisation, distanceKm }) => (
            <li key={organisation.id} className="bs-list__item">
              <button
                type="button"
                className="bs-list__choose"
                aria-current={organisation.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(organisation.id)}
              >
                <KindSymbol kind={organisation.kind} />
                <span className="bs-list__name">{organisation.name}</span>
                <span className="bs-list__detail">
                  {t(`map.kind.${organisation.kind}`)} · {organisation.postcode} {organisation.city}{' '}
                  · {t('map.list.distance', { km: number.format(distanceKm) })}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {total > LIST_PAGE_SIZE && (
        <nav className="bs-list__pages" aria-label={t('map.list.pages')}>
          <button
            type="button"
            disabled={offset === 0}
            onClick={() => goTo(Math.max(0, offset - LIST_PAGE_SIZE))}
          >
            {t('map.list.previous')}
          </button>
          <button
            type="button"
            disabled={offset + LIST_PAGE_SIZE >= last}
            onClick={() => goTo(offset + LIST_PAGE_SIZE)}
          >
            {t('map.list.next')}
          </button>
        </nav>
      )}
      {total > MAX_OFFSET + LIST_PAGE_SIZE && offset + LIST_PAGE_SIZE >= last && (
        <p className="bs-list__hint">{t('map.list.narrow')}</p>
      )}
    </section>
  );
}
