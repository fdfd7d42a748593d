import type { OrganisationKind } from '@bs/domain';
import { KindMarker, SmallMap } from '@bs/web/map';

export interface OrganisationLocationMapProps {
  kind: OrganisationKind;
  location: { lat: number; lng: number };
  /** Accessible name of the map. */
  label: string;
  /** Accessible name of the marker. */
  markerLabel: string;
}

/** Where an organisation is, on a small map (loaded lazily with Leaflet). */
export default function OrganisationLocationMap({
  kind,
  location,
  label,
  markerLabel,
}: OrganisationLocationMapProps) {
  const position: [number, number] = [location.lat, location.lng];
  return (
    <SmallMap center={position} zoom={14} label={label}>
      <KindMarker kind={kind} position={position} label={markerLabel} />
    </SmallMap>
  );
}
