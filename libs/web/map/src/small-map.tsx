import { GERMANY_BOUNDS } from '@bs/domain';
import { useTranslation } from '@bs/web/i18n';
import type { LatLngBoundsExpression, LatLngTuple } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, type ReactNode } from 'react';
import { MapContainer, TileLayer, useMap } from 'react-leaflet';
import { attributionHtml } from './attribution-html';
import { DataAttributions } from './data-attributions';
import { LaenderLayer } from './laender-layer';
import { MapLabels } from './map-labels';
import './map.css';
import { useGeoJson } from './use-geojson';
import { useMapConfig } from './use-map-config';

const GERMANY: LatLngBoundsExpression = [
  [GERMANY_BOUNDS.south, GERMANY_BOUNDS.west],
  [GERMANY_BOUNDS.north, GERMANY_BOUNDS.east],
];

const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export interface SmallMapProps {
  /** What the map shows; null shows all of Germany. A new value moves the map there. */
  center: LatLngTuple | null;
  zoom: number;
  /** Accessible name of the map. */
  label: string;
  /** Markers and other layers. */
  children?: ReactNode;
}

/** Moves the map when `center` changes (by value, not on every render). */
function FollowCenter({ center, zoom }: { center: LatLngTuple | null; zoom: number }) {
  const map = useMap();
  const [lat, lng] = center ?? [null, null];
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const animate = !prefersReducedMotion();
    if (lat === null || lng === null) map.fitBounds(GERMANY, { animate });
    else map.setView([lat, lng], Math.max(map.getZoom(), zoom), { animate });
  }, [map, lat, lng, zoom]);
  return null;
}

/**
 * A small map inside a page (e.g. an organisation's location, the pin picker): the same
 * offline background as the big map (Länder outlines, street tiles when configured), no
 * scroll-wheel zoom so the page scrolls past it, keyboard panning when focused.
 */
export function SmallMap({ center, zoom, label, children }: SmallMapProps) {
  const { t } = useTranslation();
  const config = useMapConfig();
  const outlines = useGeoJson(config.mapConfig?.laenderOutlineUrl);
  const tileUrl = config.mapConfig?.tileUrl;
  const tileAttribution = config.mapConfig?.tileAttribution;
  const animate = !prefersReducedMotion();

  return (
    <div className="bs-map bs-map--small" data-testid="small-map">
      <MapContainer
        className="bs-map__leaflet"
        {...(center ? { center, zoom } : { bounds: GERMANY })}
        minZoom={5}
        maxZoom={18}
        scrollWheelZoom={false}
        keyboard
        zoomAnimation={animate}
        fadeAnimation={animate}
        markerZoomAnimation={animate}
      >
        <MapLabels map={label} zoomIn={t('map.zoomIn')} zoomOut={t('map.zoomOut')} />
        {tileUrl && (
          <TileLayer
            url={tileUrl}
            attribution={tileAttribution ? attributionHtml(tileAttribution) : undefined}
          />
        )}
        {outlines.status === 'loaded' && <LaenderLayer outlines={outlines.data} />}
        {config.mapConfig && <DataAttributions attributions={config.mapConfig.dataAttributions} />}
        <FollowCenter center={center} zoom={zoom} />
        {children}
      </MapContainer>
    </div>
  );
}
