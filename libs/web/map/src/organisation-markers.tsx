import { latLng, type LatLngTuple } from 'leaflet';
import { useMemo, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { CLUSTER_SIZE, ClusterMarker } from './cluster-marker';
import { layoutMarkers } from './marker-layout';
import type { MapOrganisation } from './organisation';
import { MARKER_SIZE } from './organisation-icon';
import { OrganisationMarker } from './organisation-marker';

/**
 * Space kept between markers, in pixels: even square markers side by side diagonally leave each
 * other at least 24 × 24 px to click or tap (WCAG 2.2 target size).
 */
const MARKER_GAP = 6;

/** Overlapping groups up to this size are spread out; larger ones are shown as a cluster. */
const MAX_SPREAD = 8;

/**
 * The organisations as markers, laid out for the current zoom so that no marker hides another
 * (see layoutMarkers).
 */
export function OrganisationMarkers({
  organisations,
}: {
  organisations: readonly MapOrganisation[];
}) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });

  const layout = useMemo(() => {
    const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
    const position = ({ location }: MapOrganisation): LatLngTuple => [location.lat, location.lng];
    const { markers, clusters } = layoutMarkers(
      organisations.map((organisation) => ({
        id: organisation.id,
        point: map.project(position(organisation), zoom),
      })),
      {
        markerSize: MARKER_SIZE + MARKER_GAP,
        clusterSize: CLUSTER_SIZE + MARKER_GAP,
        maxSpread: MAX_SPREAD,
        clusters: zoom < map.getMaxZoom(),
      },
    );
    return {
      markers: [...markers].flatMap(([id, offset]) => {
        const organisation = byId.get(id);
        return organisation ? [{ organisation, offset }] : [];
      }),
      clusters: clusters.map(({ ids, center }) => ({
        key: ids.join(),
        position: map.unproject([center.x, center.y], zoom),
        members: ids.flatMap((id) => {
          const organisation = byId.get(id);
          return organisation ? [latLng(position(organisation))] : [];
        }),
      })),
    };
  }, [map, organisations, zoom]);

  return (
    <>
      {layout.markers.map(({ organisation, offset }) => (
        <OrganisationMarker key={organisation.id} organisation={organisation} offset={offset} />
      ))}
      {layout.clusters.map(({ key, position, members }) => (
        <ClusterMarker key={key} position={position} members={members} />
      ))}
    </>
  );
}
