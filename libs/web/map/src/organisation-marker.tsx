import { useTranslation } from '@bs/web/i18n';
import type {
  LeafletEvent,
  LeafletKeyboardEvent,
  Marker as LeafletMarker,
  Popup as LeafletPopup,
} from 'leaflet';
import { useMemo } from 'react';
import { Marker, Popup } from 'react-leaflet';
import type { PixelOffset } from './marker-layout';
import { createOrganisationIcon } from './organisation-icon';
import type { MapOrganisation } from './organisation';
import { OrganisationPopup } from './organisation-popup';

const NO_OFFSET: PixelOffset = [0, 0];

/** Leaflet labels the popup's close button in English. */
const labelCloseButton = (text: string) => (event: LeafletEvent) => {
  const popup = event.target as LeafletPopup;
  const button = popup.getElement()?.querySelector('.leaflet-popup-close-button');
  button?.setAttribute('aria-label', text);
  button?.setAttribute('title', text);
};

/** Leaflet opens a marker's popup on Enter; a button also answers to Space. */
const openPopupOnSpace = ({ originalEvent, target }: LeafletKeyboardEvent) => {
  if (originalEvent.key !== ' ') return;
  originalEvent.preventDefault();
  (target as LeafletMarker).openPopup();
};

/** One organisation on the map: a focusable marker that opens a popup (click, Enter). */
export interface OrganisationMarkerProps {
  organisation: MapOrganisation;
  /** Where to draw the marker relative to the organisation's position (see layoutMarkers). */
  offset?: PixelOffset;
}

export function OrganisationMarker({ organisation, offset = NO_OFFSET }: OrganisationMarkerProps) {
  const { t } = useTranslation();
  const { kind, name, location } = organisation;
  const [dx, dy] = offset;
  const label = t('map.marker', { name, kind: t(`map.kind.${kind}`) });
  const letter = t(`map.kindLetter.${kind}`);
  const icon = useMemo(
    () => createOrganisationIcon({ kind, letter, label, offset: [dx, dy] }),
    [kind, letter, label, dx, dy],
  );
  return (
    <Marker
      // Leaflet sets the title only when a marker is created: a new language means a new marker.
      key={label}
      position={[location.lat, location.lng]}
      icon={icon}
      title={label}
      keyboard
      eventHandlers={{ keypress: openPopupOnSpace }}
    >
      {/* Without an explicit pane the popup would open in the markers' pane, under later markers. */}
      <Popup pane="popupPane" eventHandlers={{ add: labelCloseButton(t('map.closePopup')) }}>
        <OrganisationPopup organisation={organisation} />
      </Popup>
    </Marker>
  );
}
