import { GERMANY_BOUNDS, type Bounds, type OrganisationKind } from '@bs/domain';
import { apiProblem, describeApiError } from '@bs/web/data-access';
import { currentLanguage, useTranslation } from '@bs/web/i18n';
import { latLng, latLngBounds, type LatLngBoundsExpression, type Map as LeafletMap } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { Circle, MapContainer, Pane, TileLayer } from 'react-leaflet';
import { attributionHtml } from './attribution-html';
import { createClusterIcon } from './cluster-icon';
import { DataAttributions } from './data-attributions';
import { FeaturesLayer, type ClusterFeature, type OrganisationFeature } from './features-layer';
import { HighlightMarkers, type Highlights } from './highlight-markers';
import { LaenderLayer } from './laender-layer';
import { MapControl } from './map-control';
import { MapLabels } from './map-labels';
import { MapLegend } from './map-legend';
import { MapSearch, type MapSearchChoice } from './map-search';
import { MapStatus, type MapProblem } from './map-status';
import {
  activeFilterCount,
  DEFAULT_RADIUS_KM,
  RADIUS_CHOICES_KM,
  toFilterInput,
  type MapFilter,
} from './map-url-state';
import { MAX_ZOOM, MIN_ZOOM, type MapView } from './map-view';
import { MapViewSync, MapResizeSync } from './map-view-sync';
import './map.css';
import { createOrganisationIcon } from './organisation-icon';
import { PANES } from './panes';
import { RegionsLayer } from './regions-layer';
import { useGeoJson } from './use-geojson';
import { useMapConfig } from './use-map-config';
import { useMapFeatures, type MapViewport } from './use-map-features';
import { useMapUrl } from './use-map-url';

// Loaded when first used: not needed for the first map paint.
const MapFilters = lazy(() => import('./map-filters'));
const OrganisationCard = lazy(() => import('./organisation-card'));
const OrganisationList = lazy(() => import('./organisation-list'));

const toLatLngBounds = (b: Bounds): LatLngBoundsExpression => [
  [b.south, b.west],
  [b.north, b.east],
];

/** The default view: all of Germany. */
const GERMANY: LatLngBoundsExpression = toLatLngBounds(GERMANY_BOUNDS);

/** How far the map can be panned: Germany and its neighbours. */
const MAX_BOUNDS: LatLngBoundsExpression = toLatLngBounds({
  south: GERMANY_BOUNDS.south - 8,
  west: GERMANY_BOUNDS.west - 10,
  north: GERMANY_BOUNDS.north + 6,
  east: GERMANY_BOUNDS.east + 10,
});

/** Zoom used when jumping to one organisation. */
const ORGANISATION_ZOOM = 15;
/** The closest the map zooms to show marked organisations (one alone, or a few close by). */
const HIGHLIGHTS_MAX_ZOOM = 13;
/** Ask again this long after the server said its map index is still loading. */
const UNAVAILABLE_RETRY_MS = 2_000;

/** Marks the first time the map shows organisations (read by the browser benchmark). */
export const FIRST_PAINT_MARK = 'bs:map-painted';

function initialPlacement(view: MapView | null) {
  return view
    ? { center: [view.lat, view.lng] as [number, number], zoom: view.zoom }
    : { bounds: GERMANY };
}

const ignore = () => undefined;

const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export interface OrganisationMapProps {
  /**
   * Organisations to mark above the others (e.g. the matches of the organisation one acts
   * for), with their legend text. Whenever other organisations are marked, the map moves to
   * show them all; choosing one opens its card.
   */
  highlights?: Highlights | null;
  /** More on the card of the selected organisation (e.g. match factors for the viewer). */
  cardExtras?: (organisationId: string) => ReactNode;
  /**
   * A panel docked beside the map (e.g. the match list of the organisation one acts for); it
   * takes no room while it renders nothing.
   */
  aside?: ReactNode;
}

/**
 * The map of organisations at national scale: clusters with numbers per kind from the API,
 * single organisations when few remain, filters, search with radius, the card of the selected
 * organisation, a list instead of the map, and district outlines. Everything but the panels'
 * open state lives in the URL.
 */
export function OrganisationMap({ highlights, cardExtras, aside }: OrganisationMapProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { view: urlView, setView: setUrlView, state, update } = useMapUrl();
  const [initialView] = useState(urlView);
  const [viewport, setViewport] = useState<MapViewport | null>(null);
  const [map, setMap] = useState<LeafletMap | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [animate] = useState(() => !prefersReducedMotion());
  const { filter, selected, mode, regions } = state;

  const config = useMapConfig();
  const outlines = useGeoJson(config.mapConfig?.laenderOutlineUrl);
  const districts = useGeoJson(regions ? config.mapConfig?.districtOutlineUrl : null);
  const filterInput = useMemo(() => toFilterInput(filter), [filter]);
  const { features, loading, error, refetch } = useMapFeatures(viewport, filterInput);

  // The server is still preparing its map index (right after a start): ask again shortly.
  const problem = error ? apiProblem(error) : null;
  const unavailable = problem?.kind === 'api' && problem.code === 'UNAVAILABLE';
  useEffect(() => {
    if (!unavailable) return;
    const timer = setTimeout(() => void refetch().catch(ignore), UNAVAILABLE_RETRY_MS);
    return () => clearTimeout(timer);
  }, [unavailable, refetch]);

  const painted = useRef(false);
  useEffect(() => {
    if (painted.current || !features || outlines.status !== 'loaded') return;
    painted.current = true;
    requestAnimationFrame(() => performance.mark(FIRST_PAINT_MARK));
  }, [features, outlines.status]);

  const setFilter = useCallback(
    (next: MapFilter) => update((s) => ({ ...s, filter: next })),
    [update],
  );
  const select = useCallback(
    (organisationId: string | null) => update((s) => ({ ...s, selected: organisationId })),
    [update],
  );

  const fly = useCallback(
    (target: { bounds?: LatLngBoundsExpression; center?: [number, number]; zoom?: number }) => {
      if (!map) return;
      if (target.bounds) map.fitBounds(target.bounds, { animate, maxZoom: 14 });
      else if (target.center) map.setView(target.center, target.zoom ?? map.getZoom(), { animate });
    },
    [map, animate],
  );

  const onChoose = (choice: MapSearchChoice) => {
    if (choice.type === 'place') {
      const { lat, lng } = choice.place.location;
      const radiusKm = filter.near?.radiusKm ?? DEFAULT_RADIUS_KM;
      const label = `${choice.place.postcode} ${choice.place.name}`;
      setFilter({ ...filter, near: { lat, lng, radiusKm, label } });
      fly({ bounds: latLng(lat, lng).toBounds(radiusKm * 2_000) });
    } else {
      const { lat, lng } = choice.organisation.location;
      select(choice.organisation.id);
      fly({ center: [lat, lng], zoom: Math.max(map?.getZoom() ?? 0, ORGANISATION_ZOOM) });
    }
  };

  const onRadius = (radiusKm: number) => {
    if (!filter.near) return;
    setFilter({ ...filter, near: { ...filter.near, radiusKm } });
    fly({ bounds: latLng(filter.near.lat, filter.near.lng).toBounds(radiusKm * 2_000) });
  };

  const onSelectCluster = useCallback(
    (cluster: ClusterFeature) => {
      if (!map) return;
      if (map.getZoom() >= map.getMaxZoom()) {
        // Organisations at one address: the list shows them one by one.
        map.setView([cluster.location.lat, cluster.location.lng], map.getZoom());
        update((s) => ({ ...s, mode: 'list' }));
        return;
      }
      const bounds = latLngBounds(toLatLngBounds(cluster.bounds) as [number, number][]);
      const zoom = Math.min(
        map.getMaxZoom(),
        Math.max(map.getZoom() + 1, map.getBoundsZoom(bounds)),
      );
      map.setView([cluster.location.lat, cluster.location.lng], zoom, { animate });
    },
    [map, animate, update],
  );
  // When other organisations are marked (switched on, another page), the map shows them all.
  // Their positions as text: the effect runs only when the set of marks changes, not on every
  // new markers array.
  const highlightPlaces = highlights?.markers.map((m) => `${m.lat},${m.lng}`).join(' ') ?? '';
  useEffect(() => {
    if (!map || highlightPlaces === '') return;
    const places = highlightPlaces
      .split(' ')
      .map((p) => p.split(',').map(Number) as [number, number]);
    map.fitBounds(latLngBounds(places), {
      animate,
      padding: [48, 48],
      maxZoom: HIGHLIGHTS_MAX_ZOOM,
    });
  }, [map, highlightPlaces, animate]);

  const onSelectOrganisation = useCallback(
    (organisation: OrganisationFeature) => select(organisation.id),
    [select],
  );

  const number = useMemo(() => new Intl.NumberFormat(language), [language]);
  const shortCount = useCallback(
    (count: number) =>
      count >= 1_000_000
        ? t('map.count.millions', { value: (count / 1_000_000).toFixed(1).replace(/\.0$/, '') })
        : count >= 10_000
          ? t('map.count.thousands', { value: Math.round(count / 1_000) })
          : number.format(count),
    [t, number],
  );
  const organisationTitle = useCallback(
    (o: OrganisationFeature) => t('map.marker', { name: o.name, kind: t(`map.kind.${o.kind}`) }),
    [t],
  );
  const clusterTitle = useCallback(
    (c: ClusterFeature) =>
      t('map.cluster', {
        count: c.count,
        kinds: (['ZO', 'KMU', 'INTERMEDIARY'] as const)
          .map((kind) => [kind, c.counts[kindField(kind)]] as const)
          .filter(([, n]) => n > 0)
          .map(([kind, n]) => `${number.format(n)} ${t(`map.kindShort.${kind}`)}`)
          .join(', '),
      }),
    [t, number],
  );
  const clusterIcon = useCallback(
    (c: ClusterFeature) =>
      createClusterIcon({
        count: c.count,
        counts: c.counts,
        shortCount: shortCount(c.count),
        label: clusterTitle(c),
      }),
    [shortCount, clusterTitle],
  );
  const organisationIcon = useCallback(
    (o: OrganisationFeature, isSelected: boolean) =>
      createOrganisationIcon({
        kind: o.kind,
        letter: t(`map.kindLetter.${o.kind}`),
        label: organisationTitle(o),
        selected: isSelected,
      }),
    [t, organisationTitle],
  );

  const problems: MapProblem[] = [];
  if (config.error) {
    problems.push({
      what: 'map.status.configFailed',
      why: describeApiError(config.error),
      retry: () => void config.refetch().catch(ignore),
    });
  }
  if (outlines.status === 'failed') problems.push({ what: 'map.status.outlinesFailed' });
  if (districts.status === 'failed') problems.push({ what: 'map.status.districtsFailed' });
  if (error) {
    problems.push(
      unavailable
        ? { what: 'map.status.preparing' }
        : {
            what: 'map.status.organisationsFailed',
            why: describeApiError(error),
            retry: () => void refetch().catch(ignore),
          },
    );
  }

  const tileUrl = config.mapConfig?.tileUrl;
  const tileAttribution = config.mapConfig?.tileAttribution;
  const filterCount = activeFilterCount({ ...filter, near: null });
  const shownKinds = (kind: OrganisationKind) =>
    filter.kinds.length === 0 || filter.kinds.includes(kind);
  const byKind = features
    ? {
        ZO: shownKinds('ZO') ? features.totals.zo : 0,
        KMU: shownKinds('KMU') ? features.totals.kmu : 0,
        INTERMEDIARY: shownKinds('INTERMEDIARY') ? features.totals.intermediary : 0,
      }
    : undefined;
  const centre = viewport
    ? {
        lat: (viewport.bounds.south + viewport.bounds.north) / 2,
        lng: (viewport.bounds.west + viewport.bounds.east) / 2,
      }
    : null;

  return (
    <div className="bs-explorer">
      <div className="bs-explorer__bar">
        <MapSearch near={centre} onChoose={onChoose} />
        {filter.near && (
          <div className="bs-explorer__near">
            <label>
              <span className="bs-explorer__near-label">
                {t('map.near.radius', { place: filter.near.label })}
              </span>
              <select
                value={filter.near.radiusKm}
                onChange={(event) => onRadius(Number(event.target.value))}
              >
                {[...new Set([...RADIUS_CHOICES_KM, filter.near.radiusKm])]
                  .sort((a, b) => a - b)
                  .map((km) => (
                    <option key={km} value={km}>
                      {t('map.near.km', { km })}
                    </option>
                  ))}
              </select>
            </label>
            <button
              type="button"
              className="bs-explorer__chip-remove"
              onClick={() => setFilter({ ...filter, near: null })}
              aria-label={t('map.near.remove', { place: filter.near.label })}
              title={t('map.near.remove', { place: filter.near.label })}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
        )}
        <div className="bs-explorer__actions">
          <button
            type="button"
            className="bs-explorer__toggle"
            aria-expanded={filtersOpen}
            aria-controls="bs-map-filters"
            onClick={() => setFiltersOpen((open) => !open)}
          >
            {t('map.filters.title')}
            {filterCount > 0 && <span className="bs-explorer__badge">{filterCount}</span>}
          </button>
          <button
            type="button"
            className="bs-explorer__toggle"
            aria-pressed={regions}
            onClick={() => update((s) => ({ ...s, regions: !s.regions }), { replace: true })}
          >
            {t('map.regions.toggle')}
          </button>
          <button
            type="button"
            className="bs-explorer__toggle"
            aria-pressed={mode === 'list'}
            onClick={() => update((s) => ({ ...s, mode: s.mode === 'list' ? 'map' : 'list' }))}
          >
            {mode === 'list' ? t('map.list.showMap') : t('map.list.show')}
          </button>
        </div>
      </div>

      <div className="bs-explorer__body">
        {filtersOpen && (
          <aside
            id="bs-map-filters"
            className="bs-explorer__panel bs-explorer__panel--filters"
            aria-label={t('map.filters.title')}
          >
            <div className="bs-explorer__panel-head">
              <h2 className="bs-explorer__panel-title">{t('map.filters.title')}</h2>
              <button
                type="button"
                className="bs-explorer__close"
                onClick={() => setFiltersOpen(false)}
                aria-label={t('map.filters.close')}
                title={t('map.filters.close')}
              >
                <span aria-hidden="true">×</span>
              </button>
            </div>
            <Suspense fallback={<p className="bs-explorer__loading">{t('map.status.loading')}</p>}>
              <MapFilters
                filter={filter}
                onChange={setFilter}
                totals={
                  features
                    ? {
                        ZO: features.totals.zo,
                        KMU: features.totals.kmu,
                        INTERMEDIARY: features.totals.intermediary,
                      }
                    : null
                }
              />
            </Suspense>
          </aside>
        )}

        {aside && <div className="bs-explorer__aside">{aside}</div>}

        <div className="bs-explorer__stage">
          <div
            className={`bs-map${mode === 'list' ? ' bs-map--behind' : ''}`}
            data-testid="map"
            inert={mode === 'list'}
          >
            <MapContainer
              ref={setMap}
              className="bs-map__leaflet"
              {...initialPlacement(initialView)}
              minZoom={MIN_ZOOM}
              maxZoom={MAX_ZOOM}
              maxBounds={MAX_BOUNDS}
              maxBoundsViscosity={0.8}
              keyboard
              zoomAnimation={animate}
              fadeAnimation={animate}
              markerZoomAnimation={animate}
            >
              <MapLabels map={t('map.label')} zoomIn={t('map.zoomIn')} zoomOut={t('map.zoomOut')} />
              {tileUrl && (
                <TileLayer
                  url={tileUrl}
                  attribution={tileAttribution ? attributionHtml(tileAttribution) : undefined}
                />
              )}
              {outlines.status === 'loaded' && (
                <LaenderLayer outlines={outlines.data} tiles={Boolean(tileUrl)} />
              )}
              {regions && districts.status === 'loaded' && (
                <RegionsLayer districts={districts.data} />
              )}
              {config.mapConfig && (
                <DataAttributions attributions={config.mapConfig.dataAttributions} />
              )}
              {filter.near && (
                <Pane name={PANES.radius.name} style={{ zIndex: PANES.radius.zIndex }}>
                  <Circle
                    center={[filter.near.lat, filter.near.lng]}
                    radius={filter.near.radiusKm * 1_000}
                    pathOptions={{
                      color: '#0d3b4c',
                      weight: 2,
                      dashArray: '6 4',
                      fillColor: '#0b5394',
                      fillOpacity: 0.04,
                    }}
                    interactive={false}
                  />
                </Pane>
              )}
              <Pane name={PANES.organisations.name} style={{ zIndex: PANES.organisations.zIndex }}>
                <FeaturesLayer
                  clusters={features?.clusters ?? []}
                  organisations={features?.organisations ?? []}
                  selectedId={selected}
                  clusterIcon={clusterIcon}
                  organisationIcon={organisationIcon}
                  clusterTitle={clusterTitle}
                  organisationTitle={organisationTitle}
                  textsVersion={language}
                  onSelectCluster={onSelectCluster}
                  onSelectOrganisation={onSelectOrganisation}
                />
              </Pane>
              {highlights && highlights.markers.length > 0 && (
                <Pane name={PANES.highlights.name} style={{ zIndex: PANES.highlights.zIndex }}>
                  <HighlightMarkers
                    markers={highlights.markers}
                    selectedId={selected}
                    onSelect={select}
                  />
                </Pane>
              )}
              <MapViewSync
                view={urlView}
                defaultBounds={GERMANY}
                onViewChange={setUrlView}
                onViewportChange={setViewport}
              />
              <MapResizeSync />
              <MapControl position="bottomleft" className="bs-map-control bs-map-control--status">
                <MapStatus
                  loading={loading}
                  total={error ? undefined : features?.total}
                  byKind={byKind}
                  problems={problems}
                />
              </MapControl>
              <MapControl position="topright" className="bs-map-control bs-map-control--legend">
                <MapLegend highlight={highlights?.markers.length ? highlights.legend : undefined} />
              </MapControl>
            </MapContainer>
          </div>
          {mode === 'list' && (
            <div className="bs-explorer__list">
              <Suspense
                fallback={<p className="bs-explorer__loading">{t('map.status.loading')}</p>}
              >
                <OrganisationList
                  viewport={viewport}
                  filter={filterInput}
                  selectedId={selected}
                  onSelect={select}
                />
              </Suspense>
            </div>
          )}
        </div>

        {selected && (
          <aside
            className="bs-explorer__panel bs-explorer__panel--card"
            aria-label={t('map.card.label')}
          >
            <Suspense fallback={<p className="bs-explorer__loading">{t('map.card.loading')}</p>}>
              <OrganisationCard
                key={selected}
                organisationId={selected}
                onClose={() => select(null)}
                extras={cardExtras?.(selected)}
              />
            </Suspense>
          </aside>
        )}
      </div>
    </div>
  );
}

function kindField(kind: OrganisationKind): 'zo' | 'kmu' | 'intermediary' {
  return kind === 'ZO' ? 'zo' : kind === 'KMU' ? 'kmu' : 'intermediary';
}
