import { useTranslation } from '@bs/web/i18n';
import { SmallMap } from '@bs/web/map';
import {
  DomEvent,
  divIcon,
  type LatLngTuple,
  type LeafletEvent,
  type Marker as LeafletMarker,
} from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { Marker, useMap } from 'react-leaflet';
import type { GeoPoint } from './organisation-form-values';

/** Pixels a pin moves per arrow key press (with Shift: five times as far). */
const STEP = 8;

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

export interface PinPickerMapProps {
  /** Where the map looks; a new value moves it (a new postcode). */
  center: GeoPoint | null;
  /** Where the pin is; null: no pin yet. */
  pin: GeoPoint | null;
  onMove: (point: GeoPoint) => void;
  /** Id of the instructions, read out with the pin. */
  describedBy?: string;
}

function createPinIcon(label: string) {
  const content = document.createElement('span');
  content.className = 'bs-pin__content';
  const labelElement = document.createElement('span');
  labelElement.className = 'bs-marker__label';
  labelElement.textContent = label;
  content.append(labelElement);
  return divIcon({
    className: 'bs-pin',
    html: content,
    // The tip of the teardrop (see .bs-pin in organisations.css) is the location.
    iconSize: [32, 34],
    iconAnchor: [16, 31],
  });
}

/** The draggable pin, also moved with the arrow keys while it has the focus. */
function DraggablePin({
  pin,
  onMove,
  describedBy,
}: {
  pin: GeoPoint;
  onMove: (point: GeoPoint) => void;
  describedBy?: string;
}) {
  const { t } = useTranslation();
  const map = useMap();
  const marker = useRef<LeafletMarker>(null);
  const label = t('pinPicker.pin');
  const icon = useMemo(() => createPinIcon(label), [label]);
  const position: LatLngTuple = [pin.lat, pin.lng];

  // Arrow keys move the pin by a few pixels at the current zoom; the map must not pan instead.
  useEffect(() => {
    const element = marker.current?.getElement();
    if (!element) return;
    if (describedBy) element.setAttribute('aria-describedby', describedBy);
    const onKeyDown = (event: KeyboardEvent) => {
      const direction = ARROWS[event.key];
      if (!direction || !marker.current) return;
      DomEvent.stop(event);
      const step = event.shiftKey ? STEP * 5 : STEP;
      const point = map
        .project(marker.current.getLatLng())
        .add([direction[0] * step, direction[1] * step]);
      const moved = map.unproject(point);
      map.panInside(moved, { padding: [40, 40] });
      onMove({ lat: moved.lat, lng: moved.lng });
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [map, onMove, describedBy, icon]);

  const eventHandlers = useMemo(
    () => ({
      dragend: (event: LeafletEvent) => {
        const { lat, lng } = (event.target as LeafletMarker).getLatLng();
        onMove({ lat, lng });
      },
    }),
    [onMove],
  );

  return (
    <Marker
      ref={marker}
      position={position}
      icon={icon}
      draggable
      keyboard
      title={label}
      autoPan
      eventHandlers={eventHandlers}
    />
  );
}

/** The map of the postcode + pin picker (loaded lazily with Leaflet). */
export default function PinPickerMap({ center, pin, onMove, describedBy }: PinPickerMapProps) {
  const { t } = useTranslation();
  return (
    <SmallMap
      center={center ? [center.lat, center.lng] : null}
      zoom={13}
      label={t('pinPicker.mapLabel')}
    >
      {pin && <DraggablePin pin={pin} onMove={onMove} describedBy={describedBy} />}
    </SmallMap>
  );
}
