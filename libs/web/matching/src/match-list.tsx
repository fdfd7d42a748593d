import { useMutation, useQuery } from '@apollo/client/react';
import { describeApiError, type MatchFieldsFragment } from '@bs/web/data-access';
import { useTranslation } from '@bs/web/i18n';
import { useActingOrganisation } from '@bs/web/session';
import { Notice, SelectField, TextField } from '@bs/web/ui';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { ExcludeMatchPartnerDocument, MatchesDocument } from './graphql/matches.graphql';
import { MatchWhy, useNumberFormat } from './match-why';
import { useTaxonomyLabels } from './use-taxonomy-labels';

const PAGE_SIZE = 10;

/** Called when a match is chosen, so the map can fly to the partner. */
export type FocusMatch = (organisationId: string, lat: number, lng: number) => void;

/** A match as a marker on the map: its number in the list and where the partner is. */
export interface MatchOnMap {
  /** The match's number in the list (1 for the best). */
  rank: number;
  organisationId: string;
  lat: number;
  lng: number;
  /** Its name for assistive technology and the tooltip: rank, partner and score. */
  title: string;
}

/**
 * Receives the matches to show on the map: those of the list's current page while the user
 * wants them on the map, else null.
 */
export type ShowMatchesOnMap = (matches: readonly MatchOnMap[] | null) => void;

interface Filters {
  radius: string;
  topic: string;
  theme: string;
  onlyVerified: boolean;
}

const NO_FILTERS: Filters = { radius: '', topic: '', theme: '', onlyVerified: false };

/** The list of matches of one organisation with filters, pages and the "why" panel. */
export function MatchList({
  organisationId,
  organisationName,
  onFocus,
  onShowOnMap,
}: {
  organisationId: string;
  organisationName: string;
  onFocus?: FocusMatch;
  /** Offers to show the current page on the map (a checkbox) and sends it there. */
  onShowOnMap?: ShowMatchesOnMap;
}) {
  const { t } = useTranslation();
  const id = useId();
  const labels = useTaxonomyLabels();
  const format = useNumberFormat();
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [onMap, setOnMap] = useState(false);
  const radius = filters.radius.trim() === '' ? null : Number(filters.radius);
  const { data, previousData, loading, error, refetch } = useQuery(MatchesDocument, {
    variables: {
      organisationId,
      radiusKm: radius,
      topics: filters.topic ? [filters.topic] : null,
      themes: filters.theme ? [filters.theme] : null,
      onlyVerified: filters.onlyVerified,
      first: PAGE_SIZE,
      offset,
    },
  });
  const [exclude] = useMutation(ExcludeMatchPartnerDocument);
  const page = (data ?? previousData)?.matches;

  // The current page on the map while the checkbox is ticked; nothing once the list is gone.
  const items = error ? undefined : page?.items;
  const pageOffset = page?.offset ?? 0;
  useEffect(() => {
    if (!onShowOnMap) return;
    onShowOnMap(
      onMap && items
        ? items.map((match, i) => ({
            rank: pageOffset + i + 1,
            organisationId: match.partner.id,
            lat: match.partner.location.lat,
            lng: match.partner.location.lng,
            title: t('matches.layer.marker', {
              rank: pageOffset + i + 1,
              name: match.partner.name,
              percent: format(match.score * 100, 0),
            }),
          }))
        : null,
    );
  }, [onShowOnMap, onMap, items, pageOffset, t, format]);
  useEffect(() => () => onShowOnMap?.(null), [onShowOnMap]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilters(draft);
    setOffset(0);
    setSelected(null);
  };

  const choose = (match: MatchFieldsFragment) => {
    setSelected(match.partner.id);
    onFocus?.(match.partner.id, match.partner.location.lat, match.partner.location.lng);
  };

  const notInterested = async (match: MatchFieldsFragment) => {
    await exclude({
      variables: { organisationId, partnerId: match.partner.id },
      // Explained pairs (e.g. on the map's card) are asked again when next shown.
      update: (cache) => {
        cache.evict({ fieldName: 'matchWith' });
        cache.gc();
      },
    });
    setNotice(t('matches.excluded', { name: match.partner.name }));
    setSelected(null);
    await refetch();
  };

  return (
    <div className="bs-match-list">
      <p className="bs-match-list__for">
        {t('matches.forOrganisation', { name: organisationName })}
      </p>
      <form className="bs-match-filters" onSubmit={apply} aria-label={t('matches.filters')}>
        <TextField
          id={`${id}-radius`}
          label={t('matches.radius')}
          type="number"
          inputMode="numeric"
          min={1}
          max={200}
          value={draft.radius}
          placeholder={page ? String(page.radiusKm) : ''}
          onValueChange={(radius) => setDraft({ ...draft, radius })}
        />
        <SelectField
          id={`${id}-topic`}
          label={t('matches.topic')}
          value={draft.topic}
          emptyOption={t('matches.anyTopic')}
          options={labels.topics.map((o) => ({ value: o.code, label: o.label }))}
          onValueChange={(topic) => setDraft({ ...draft, topic })}
        />
        <SelectField
          id={`${id}-theme`}
          label={t('matches.theme')}
          value={draft.theme}
          emptyOption={t('matches.anyTheme')}
          options={labels.themes.map((o) => ({ value: o.code, label: o.label }))}
          onValueChange={(theme) => setDraft({ ...draft, theme })}
        />
        <label className="bs-match-filters__check">
          <input
            type="checkbox"
            checked={draft.onlyVerified}
            onChange={(event) => setDraft({ ...draft, onlyVerified: event.target.checked })}
          />{' '}
          {t('matches.onlyVerified')}
        </label>
        <button type="submit" className="bs-button">
          {t('matches.apply')}
        </button>
      </form>

      {notice && (
        <Notice tone="success" role="status">
          {notice}
        </Notice>
      )}
      {error && (
        <Notice tone="error" role="alert">
          {t(describeApiError(error))}
        </Notice>
      )}
      {loading && !page && <p role="status">{t('matches.loading')}</p>}

      {page && !error && (
        <>
          <p role="status" className="bs-match-list__count">
            {t('matches.count', { count: page.totalCount, radius: page.radiusKm })}
          </p>
          {!page.complete && <p className="bs-match-list__hint">{t('matches.incomplete')}</p>}
          {onShowOnMap && (
            <div className="bs-match-list__on-map">
              <label>
                <input
                  type="checkbox"
                  checked={onMap}
                  aria-describedby={onMap ? `${id}-on-map` : undefined}
                  onChange={(event) => setOnMap(event.target.checked)}
                />{' '}
                {t('matches.layer.toggle')}
              </label>
              {onMap && (
                <p id={`${id}-on-map`} className="bs-match-list__hint">
                  {t('matches.layer.hint')}
                </p>
              )}
            </div>
          )}
          {page.items.length === 0 ? (
            <p>{t('matches.none')}</p>
          ) : (
            <ol className="bs-match-items" start={page.offset + 1}>
              {page.items.map((match) => {
                const open = selected === match.partner.id;
                const whyId = `${id}-why-${match.partner.id}`;
                return (
                  <li key={match.partner.id} className={open ? 'bs-match is-selected' : 'bs-match'}>
                    <button
                      type="button"
                      className="bs-match__choose"
                      aria-expanded={open}
                      aria-controls={open ? whyId : undefined}
                      aria-label={t('matches.showOnMap', { name: match.partner.name })}
                      onClick={() => choose(match)}
                    >
                      <span className="bs-match__name">{match.partner.name}</span>
                      <span className="bs-match__meta">
                        {match.partner.city} ·{' '}
                        {t('matches.distance', { km: format(match.distanceKm, 1) })} ·{' '}
                        <strong>
                          {t('matches.score', { percent: format(match.score * 100, 0) })}
                        </strong>
                      </span>
                    </button>
                    {open && (
                      <div id={whyId}>
                        <MatchWhy match={match} headingId={`${whyId}-heading`} />
                        <button
                          type="button"
                          className="bs-button bs-button--secondary"
                          onClick={() => void notInterested(match)}
                        >
                          {t('matches.notInterested')}
                        </button>
                      </div>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
          {page.totalCount > PAGE_SIZE && (
            <nav className="bs-match-pages" aria-label={t('matches.heading')}>
              <button
                type="button"
                className="bs-button bs-button--secondary"
                disabled={page.offset === 0}
                onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
              >
                {t('matches.previous')}
              </button>
              <span>
                {t('matches.range', {
                  from: page.offset + 1,
                  to: page.offset + page.items.length,
                  total: page.totalCount,
                })}
              </span>
              <button
                type="button"
                className="bs-button bs-button--secondary"
                disabled={!page.hasMore}
                onClick={() => setOffset(offset + PAGE_SIZE)}
              >
                {t('matches.next')}
              </button>
            </nav>
          )}
        </>
      )}
    </div>
  );
}

/**
 * The match panel beside the map, for the organisation the user acts for: collapsible, with
 * the list (whose current page can be shown on the map); intermediaries get a hint (they open
 * the matches of organisations they serve).
 * Renders nothing for visitors without an organisation.
 */
export function MatchPanel({
  onFocus,
  onShowOnMap,
}: {
  onFocus?: FocusMatch;
  onShowOnMap?: ShowMatchesOnMap;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const bodyId = useId();
  const { acting } = useActingOrganisation();
  const [open, setOpen] = useState(true);
  if (!acting) return null;
  const { organisation } = acting;
  return (
    <aside className="bs-match-panel" aria-labelledby={headingId}>
      <div className="bs-match-panel__head">
        <h2 id={headingId}>{t('matches.heading')}</h2>
        <button
          type="button"
          className="bs-button bs-button--secondary"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          {open ? t('matches.hide') : t('matches.show')}
        </button>
      </div>
      {/* Folded, the list stays (hidden): its filters, page and markers on the map remain. */}
      <div id={bodyId} hidden={!open}>
        {organisation.kind === 'INTERMEDIARY' ? (
          <p>{t('matches.intermediaryHint')}</p>
        ) : (
          <MatchList
            key={organisation.id}
            organisationId={organisation.id}
            organisationName={organisation.name}
            onFocus={onFocus}
            onShowOnMap={onShowOnMap}
          />
        )}
      </div>
    </aside>
  );
}
