import { divIcon, type DivIcon, type LeafletKeyboardEvent } from 'leaflet';
import { useMemo } from 'react';
import { Marker } from 'react-leaflet';

/** Size of a highlight's ring (px): it surrounds an organisation marker. */
export const HIGHLIGHT_SIZE = 44;

/** An organisation marked on the map, e.g. one of the matches of the organisation one acts for. */
export interface HighlightMarker {
  /** The organisation it marks; chosen, its card opens. */
  id: string;
  lat: number;
  lng: number;
  /** Shown in the ring's badge, e.g. the rank "3": a few characters at most. */
  label: string;
  /** Its name for assistive technology and its tooltip, e.g. "Treffer 3: Bäckerei Korn, 81 % Passung". */
  title: string;
}

/** Marked organisations and what their rings mean (for the legend). */
export interface Highlights {
  markers: readonly HighlightMarker[];
  /** The legend's text for the rings, e.g. "Treffer (Nummer wie in der Liste)". */
  legend: string;
}

export interface HighlightMarkersProps {
  markers: readonly HighlightMarker[];
  /** The organisation whose card is open: its ring is drawn stronger. */
  selectedId?: string | null;
  onSelect: (id: string) => void;
}

/**
 * A highlight as HTML: a ring around the place and a badge with the label, so highlights differ
 * from organisation markers by shape and number, not by colour alone; the hidden label gives the
 * focusable marker its name.
 */
export function createHighlightIcon({
  label,
  title,
  selected = false,
}: {
  label: string;
  title: string;
  selected?: boolean;
}): DivIcon {
  const content = document.createElement('span');
  content.className = 'bs-highlight__content';

  const ring = document.createElement('span');
  ring.className = 'bs-highlight__ring';
  ring.setAttribute('aria-hidden', 'true');

  const badge = document.createElement('span');
  badge.className = 'bs-highlight__badge';
  badge.setAttribute('aria-hidden', 'true');
  badge.textContent = label;

  const name = document.createElement('span');
  name.className = 'bs-marker__label';
  name.textContent = title;

  content.append(ring, badge, name);
  return divIcon({
    className: `bs-highlight${selected ? ' bs-highlight--selected' : ''}`,
    html: content,
    iconSize: [HIGHLIGHT_SIZE, HIGHLIGHT_SIZE],
    iconAnchor: [HIGHLIGHT_SIZE / 2, HIGHLIGHT_SIZE / 2],
  });
}

function HighlightMarkerItem({
  marker,
  selected,
  onSelect,
}: {
  marker: HighlightMarker;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  const { id, label, title } = marker;
  const icon = useMemo(
    () => createHighlightIcon({ label, title, selected }),
    [label, title, selected],
  );
  const eventHandlers = useMemo(
    () => ({
      click: () => onSelect(id),
      // The marker is a `div` with role button: Enter and Space do not click it by themselves.
      keypress: (event: LeafletKeyboardEvent) => {
        const { key } = event.originalEvent;
        if (key !== 'Enter' && key !== ' ') return;
        event.originalEvent.preventDefault();
        onSelect(id);
      },
    }),
    [id, onSelect],
  );
  return (
    <Marker
      position={[marker.lat, marker.lng]}
      icon={icon}
      title={title}
      keyboard
      riseOnHover
      autoPanOnFocus={false}
      zIndexOffset={selected ? 1_000 : 0}
      eventHandlers={eventHandlers}
    />
  );
}

/**
 * Organisations marked above the others, each a focusable ring with a short label (e.g. the
 * matches of the organisation one acts for, numbered as in their list). Choosing one (click,
 * Enter or Space) calls `onSelect` with its id.
 */
export function HighlightMarkers({ markers, selectedId = null, onSelect }: HighlightMarkersProps) {
  return (
    <>
      {markers.map((marker) => (
        // Leaflet sets a marker's title only when it is created: a new title makes a new marker.
        <HighlightMarkerItem
          key={`${marker.id}|${marker.title}`}
          marker={marker}
          selected={marker.id === selectedId}
          onSelect={onSelect}
        />
      ))}
    </>
  );
}
