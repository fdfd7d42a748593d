import type { OrganisationKind } from '@bs/domain';
import { useTranslation } from '@bs/web/i18n';
import type { LatLngTuple } from 'leaflet';
import { useMemo } from 'react';
import { Marker } from 'react-leaflet';
import { createOrganisationIcon } from './organisation-icon';

export interface KindMarkerProps {
  kind: OrganisationKind;
  position: LatLngTuple;
  /** What the marker stands for, e.g. "Tafel Mannheim (Zivilgesellschaftliche Organisation)". */
  label: string;
}

/** A marker in the shape of an organisation's kind that only shows where it is. */
export function KindMarker({ kind, position, label }: KindMarkerProps) {
  const { t } = useTranslation();
  const letter = t(`map.kindLetter.${kind}`);
  const icon = useMemo(
    () => createOrganisationIcon({ kind, letter, label }),
    [kind, letter, label],
  );
  return (
    <Marker
      key={label}
      position={position}
      icon={icon}
      title={label}
      keyboard={false}
      interactive={false}
    />
  );
}
