import { useTranslation } from '@bs/web/i18n';
import { divIcon, latLngBounds, point, type LatLng, type LeafletKeyboardEvent } from 'leaflet';
import { useMemo } from 'react';
import { Marker, useMap } from 'react-leaflet';

export const CLUSTER_SIZE = 36;

export interface ClusterMarkerProps {
  position: LatLng;
  /** Positions of the organisations in the cluster. */
  members: readonly LatLng[];
}

/**
 * Several organisations too close together to show one by one at this zoom: a focusable
 * marker with their number that zooms in on them when chosen (click, Enter).
 */
export function ClusterMarker({ position, members }: ClusterMarkerProps) {
  const { t } = useTranslation();
  const map = useMap();
  const count = members.length;
  const label = t('map.cluster', { count });

  const icon = useMemo(() => {
    const content = document.createElement('span');
    content.className = 'bs-cluster__count';
    content.setAttribute('aria-hidden', 'true');
    content.textContent = String(count);
    const name = document.createElement('span');
    name.className = 'bs-marker__label';
    name.textContent = label;
    const html = document.createElement('span');
    html.className = 'bs-cluster__content';
    html.append(content, name);
    return divIcon({
      className: 'bs-cluster',
      html,
      iconSize: [CLUSTER_SIZE, CLUSTER_SIZE],
      iconAnchor: [CLUSTER_SIZE / 2, CLUSTER_SIZE / 2],
    });
  }, [count, label]);

  const zoomIn = () => {
    const bounds = latLngBounds([...members]);
    const zoom = Math.min(
      map.getMaxZoom(),
      Math.max(map.getZoom() + 1, map.getBoundsZoom(bounds, false, point(48, 48))),
    );
    map.setView(bounds.getCenter(), zoom);
  };

  return (
    <Marker
      key={label}
      position={position}
      icon={icon}
      title={label}
      keyboard
      eventHandlers={{
        click: zoomIn,
        // Leaflet makes markers focusable buttons but leaves their keys to us.
        keypress: ({ originalEvent }: LeafletKeyboardEvent) => {
          if (originalEvent.key === 'Enter' || originalEvent.key === ' ') {
            originalEvent.preventDefault();
            zoomIn();
          }
        },
      }}
    />
  );
}
