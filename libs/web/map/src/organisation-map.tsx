import { GERMANY_BOUNDS, type Bounds } from '@bs/domain';
import { useTranslation } from '@bs/web/i18n';
import type { LatLngBoundsExpression } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useState } from 'react';
import { MapContainer, Pane, TileLayer } from 'react-leaflet';
import { attributionHtml } from './attribution-html';
import { DataAttributions } from './data-attributions';
import { describeApiError } from '@bs/web/data-access';
import { LaenderLayer } from './laender-layer';
import { MapControl } from './map-control';
import { MapLabels } from './map-labels';
import { MapLegend } from './map-legend';
import { MapStatus, type MapProblem } from './map-status';
import { MAX_ZOOM, MIN_ZOOM, type MapView } from './map-view';
import { MapViewSync } from './map-view-sync';
import './map.css';
import { OrganisationMarkers } from './organisation-markers';
import { PANES } from './panes';
import { useGeoJson } from './use-geojson';
import { useMapConfig } from './use-map-config';
import { useMapViewUrl } from './use-map-view-url';
import { useOrganisationsInBounds } from './use-organisations-in-bounds';

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

function initialPlacement(view: MapView | null) {
  return view
    ? { center: [view.lat, view.lng] as [number, number], zoom: view.zoom }
    : { bounds: GERMANY };
}

const ignore = () => undefined;

const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The full-size map of organisations: Länder outlines as an offline background, street tiles
 * when the installation has a tile server, and a marker per organisation in view. The view
 * (centre, zoom) lives in the URL.
 */
export function OrganisationMap() {
  const { t } = useTranslation();
  const [urlView, setUrlView] = useMapViewUrl();
  const [initialView] = useState(urlView);
  const [bounds, setBounds] = useState<Bounds | null>(null);
  const [animate] = useState(() => !prefersReducedMotion());

  const config = useMapConfig();
  const outlines = useGeoJson(config.mapConfig?.laenderOutlineUrl);
  const organisations = useOrganisationsInBounds(bounds);

  const problems: MapProblem[] = [];
  if (config.error) {
    problems.push({
      what: 'map.status.configFailed',
      why: describeApiError(config.error),
      retry: () => void config.refetch().catch(ignore),
    });
  }
  if (outlines.status === 'failed') problems.push({ what: 'map.status.outlinesFailed' });
  if (organisations.error) {
    problems.push({
      what: 'map.status.organisationsFailed',
      why: describeApiError(organisations.error),
      retry: () => void organisations.refetch().catch(ignore),
    });
  }

  const tileUrl = config.mapConfig?.tileUrl;
  const tileAttribution = config.mapConfig?.tileAttribution;

  return (
    <div className="bs-map" data-testid="map">
      <MapContainer
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
        {outlines.status === 'loaded' && <LaenderLayer outlines={outlines.data} />}
        {config.mapConfig && <DataAttributions attributions={config.mapConfig.dataAttributions} />}
        <Pane name={PANES.organisations.name} style={{ zIndex: PANES.organisations.zIndex }}>
          <OrganisationMarkers organisations={organisations.organisations} />
        </Pane>
        <MapViewSync
          view={urlView}
          defaultBounds={GERMANY}
          onViewChange={setUrlView}
          onBoundsChange={setBounds}
        />
        <MapControl position="topleft" className="bs-map-control bs-map-control--status">
          <MapStatus
            loading={organisations.loading}
            count={organisations.error ? undefined : organisations.organisations.length}
            limitReached={organisations.limitReached}
            problems={problems}
          />
        </MapControl>
        <MapControl position="topright" className="bs-map-control bs-map-control--legend">
          <MapLegend />
        </MapControl>
      </MapContainer>
    </div>
  );
}
