import type { Bounds } from '@bs/domain';
import type { LatLngBoundsExpression, Map as LeafletMap } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMapEvents } from 'react-leaflet';
import { sameMapView, type MapView } from './map-view';
import { viewportBounds } from './viewport-bounds';

/** Wait this long after the map stopped moving before asking for the organisations there. */
export const BOUNDS_DEBOUNCE_MS = 300;

export interface MapViewSyncProps {
  /** The view the URL asks for; null means the default view. */
  view: MapView | null;
  /** Shown when the URL has no view. */
  defaultBounds: LatLngBoundsExpression;
  onViewChange: (view: MapView) => void;
  onBoundsChange: (bounds: Bounds) => void;
}

function currentView(map: LeafletMap): MapView {
  const { lat, lng } = map.getCenter();
  return { lat, lng, zoom: map.getZoom() };
}

/**
 * Keeps map and URL in step: a move writes the view to the URL at once and reports the new
 * bounds after a short pause; a changed URL (back button, edited or shared link) moves the map.
 */
export function MapViewSync({
  view,
  defaultBounds,
  onViewChange,
  onBoundsChange,
}: MapViewSyncProps) {
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const map = useMapEvents({
    moveend: () => {
      onViewChange(currentView(map));
      clearTimeout(timer.current);
      timer.current = setTimeout(
        () => onBoundsChange(viewportBounds(map.getBounds())),
        BOUNDS_DEBOUNCE_MS,
      );
    },
  });

  // The first bounds without waiting: the map was placed before this component existed.
  useEffect(() => {
    onBoundsChange(viewportBounds(map.getBounds()));
  }, [map, onBoundsChange]);
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
