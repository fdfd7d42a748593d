import type { OrganisationKind } from '@bs/domain';
import { createElementObject, createLayerComponent, type LayerProps } from '@react-leaflet/core';
import { LayerGroup, Marker, type DivIcon, type LayerOptions } from 'leaflet';

/** Several organisations close together, as the API sends them. */
export interface ClusterFeature {
  id: string;
  count: number;
  counts: { zo: number; kmu: number; intermediary: number };
  location: { lat: number; lng: number };
  bounds: { south: number; west: number; north: number; east: number };
}

/** One organisation, as the API sends it. */
export interface OrganisationFeature {
  id: string;
  kind: OrganisationKind;
  name: string;
  location: { lat: number; lng: number };
}

export interface FeaturesLayerProps extends LayerProps {
  clusters: readonly ClusterFeature[];
  organisations: readonly OrganisationFeature[];
  selectedId: string | null;
  clusterIcon: (cluster: ClusterFeature) => DivIcon;
  organisationIcon: (organisation: OrganisationFeature, selected: boolean) => DivIcon;
  /** The name of a marker (its title), e.g. "Tafel Mannheim (Zivilgesellschaftliche Organisation)". */
  organisationTitle: (organisation: OrganisationFeature) => string;
  clusterTitle: (cluster: ClusterFeature) => string;
  /** Changes whenever icons or titles would change without the data (e.g. the language). */
  textsVersion: string;
  onSelectOrganisation: (organisation: OrganisationFeature) => void;
  onSelectCluster: (cluster: ClusterFeature) => void;
}

type Handlers = Pick<FeaturesLayerProps, 'onSelectOrganisation' | 'onSelectCluster'>;

interface Entry {
  marker: Marker;
  signature: string;
}

/**
 * The clusters and organisations of the map as focusable markers. Updates compare by id and
 * content, so a new answer for the same view touches only the markers that changed (and a
 * focused marker stays focused).
 */
class FeaturesGroup extends LayerGroup {
  private readonly entries = new Map<string, Entry>();
  private handlers: Handlers;

  constructor(props: FeaturesLayerProps, options: LayerOptions) {
    super([], options);
    this.handlers = props;
    this.update(props);
  }

  update(props: FeaturesLayerProps): void {
    this.handlers = props;
    const pane = this.options.pane;
    const wanted = new Map<string, { signature: string; create: () => Marker }>();
    for (const cluster of props.clusters) {
      const { lat, lng } = cluster.location;
      wanted.set(`c:${cluster.id}`, {
        signature: [
          cluster.count,
          cluster.counts.zo,
          cluster.counts.kmu,
          lat,
          lng,
          props.textsVersion,
        ].join('|'),
        create: () =>
          this.interactive(
            new Marker([lat, lng], {
              icon: props.clusterIcon(cluster),
              title: props.clusterTitle(cluster),
              keyboard: true,
              pane,
              riseOnHover: true,
              autoPanOnFocus: false,
            }),
            () => this.handlers.onSelectCluster(cluster),
          ),
      });
    }
    for (const organisation of props.organisations) {
      const { lat, lng } = organisation.location;
      const selected = organisation.id === props.selectedId;
      wanted.set(`o:${organisation.id}`, {
        signature: [selected, organisation.name, lat, lng, props.textsVersion].join('|'),
        create: () =>
          this.interactive(
            new Marker([lat, lng], {
              icon: props.organisationIcon(organisation, selected),
              title: props.organisationTitle(organisation),
              keyboard: true,
              pane,
              riseOnHover: true,
              autoPanOnFocus: false,
              zIndexOffset: selected ? 1_000 : 0,
            }),
            () => this.handlers.onSelectOrganisation(organisation),
          ),
      });
    }
    for (const [key, entry] of this.entries) {
      if (wanted.get(key)?.signature !== entry.signature) {
        this.removeLayer(entry.marker);
        this.entries.delete(key);
      }
    }
    for (const [key, { signature, create }] of wanted) {
      if (this.entries.has(key)) continue;
      const marker = create();
      this.entries.set(key, { marker, signature });
      this.addLayer(marker);
    }
  }

  /**
   * Chosen by click, Enter or Space. The marker is a `div` with role button: neither the
   * browser nor Leaflet turns Enter into a click.
   */
  private interactive(marker: Marker, choose: () => void): Marker {
    marker.on('click', choose);
    marker.on('keypress', (event) => {
      const { originalEvent } = event;
      if (originalEvent.key === 'Enter' || originalEvent.key === ' ') {
        originalEvent.preventDefault();
        choose();
      }
    });
    return marker;
  }
}

/** The map's clusters and organisation markers (a Leaflet layer made with react-leaflet's core). */
export const FeaturesLayer = createLayerComponent<FeaturesGroup, FeaturesLayerProps>(
  (props, context) =>
    createElementObject(new FeaturesGroup(props, { pane: props.pane ?? context.pane }), context),
  (instance, props) => instance.update(props),
);
