import { ORGANISATION_MARKER_PX, type OrganisationKind } from '@bs/domain';
import { divIcon, type DivIcon } from 'leaflet';
import { KIND_MODIFIER } from './organisation-kind-style';

export const MARKER_SIZE = ORGANISATION_MARKER_PX;

export interface OrganisationIconOptions {
  kind: OrganisationKind;
  /** The kind's letter shown in the shape, e.g. "Z". */
  letter: string;
  /** Accessible name of the marker, e.g. "Tafel Mannheim (Zivilgesellschaftliche Organisation)". */
  label: string;
  /** Drawn as the selected organisation (its card is open). */
  selected?: boolean;
}

/**
 * A marker icon as HTML: class `bs-marker bs-marker--<kind>` draws the kind's shape; the letter
 * is decoration for sighted users, the label gives the (keyboard-focusable) marker its name.
 */
export function createOrganisationIcon({
  kind,
  letter,
  label,
  selected = false,
}: OrganisationIconOptions): DivIcon {
  const content = document.createElement('span');
  content.className = 'bs-marker__content';

  const letterElement = document.createElement('span');
  letterElement.className = 'bs-marker__letter';
  letterElement.setAttribute('aria-hidden', 'true');
  letterElement.textContent = letter;

  const labelElement = document.createElement('span');
  labelElement.className = 'bs-marker__label';
  labelElement.textContent = label;

  content.append(letterElement, labelElement);

  return divIcon({
    className: `bs-marker bs-marker--${KIND_MODIFIER[kind]}${selected ? ' bs-marker--selected' : ''}`,
    html: content,
    iconSize: [MARKER_SIZE, MARKER_SIZE],
    iconAnchor: [MARKER_SIZE / 2, MARKER_SIZE / 2],
  });
}
