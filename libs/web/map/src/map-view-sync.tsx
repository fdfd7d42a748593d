import type { LatLngBoundsExpression, Map as LeafletMap } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { sameMapView, type MapView } from './map-view';
import type { MapViewport } from './use-map-features';
import { viewportBounds } from './viewport-bounds';

/** Wait this long after the map stopped moving before asking for the organisations there. */
export const BOUNDS_DEBOUNCE_MS = 250;

export interface MapViewSyncProps {
  /** The view the URL asks for; null means the default view. */
  view: MapView | null;
  /** Shown when the URL has no view. */
  defaultBounds: LatLngBoundsExpression;
  onViewChange: (view: MapView) => void;
  onViewportChange: (viewport: MapViewport) => void;
}

function currentView(map: LeafletMap): MapView {
  const { lat, lng } = map.getCenter();
  return { lat, lng, zoom: map.getZoom() };
}

function currentViewport(map: LeafletMap): MapViewport {
  return { bounds: viewportBounds(map.getBounds()), zoom: Math.round(map.getZoom()) };
}

/**
 * Keeps map and URL in step: a move writes the view to the URL at once and reports the new
 * viewport after a short pause; a changed URL (back button, edited or shared link) moves the map.
 */
export function MapViewSync({
  view,
  defaultBounds,
  onViewChange,
  onViewportChange,
}: MapViewSyncProps) {
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const map = useMapEvents({
    moveend: () => {
      onViewChange(currentView(map));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => onViewportChange(currentViewport(map)), BOUNDS_DEBOUNCE_MS);
    },
  });

  // The first viewport without waiting: the map was placed before this component existed.
  useEffect(() => {
    onViewportChange(currentViewport(map));
  }, [map, onViewportChange]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const previousView = useRef(view);
  useEffect(() => {
    const hadView = previousView.current !== null;
    previousView.current = view;
    if (view === null) {
      // The view was taken out of the URL (e.g. the home link): back to the default view.
      if (hadView) map.fitBounds(defaultBounds);
    } else if (!sameMapView(view, currentView(map))) {
      map.setView([view.lat, view.lng], view.zoom);
    }
  }, [map, view, defaultBounds]);

  return null;
}

/** Tells Leaflet when its container changes size (a panel opens beside the map). */
export function MapResizeSync() {
  const map = useMap();
  useEffect(() => {
    if (typeof ResizeObserver !== 'function') return;
    // The centre stays where it was (e.g. a chosen partner stays in the middle).
    const observer = new ResizeObserver(() => map.invalidateSize({ pan: true, animate: false }));
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  return null;
}
