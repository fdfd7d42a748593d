import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

export interface MapLabelsProps {
  /** Accessible name of the map itself. */
  map: string;
  zoomIn: string;
  zoomOut: string;
}

function label(element: Element | null | undefined, text: string) {
  element?.setAttribute('title', text);
  element?.setAttribute('aria-label', text);
}

/**
 * Translates what Leaflet labels itself in English and names the focusable map element,
 * which Leaflet makes focusable (keyboard panning) without a role or a name.
 */
export function MapLabels({ map: mapLabel, zoomIn, zoomOut }: MapLabelsProps) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', mapLabel);
    const zoom = map.zoomControl?.getContainer();
    label(zoom?.querySelector('.leaflet-control-zoom-in'), zoomIn);
    label(zoom?.querySelector('.leaflet-control-zoom-out'), zoomOut);
  }, [map, mapLabel, zoomIn, zoomOut]);
  return null;
}
