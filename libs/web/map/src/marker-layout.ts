/** Screen offset of a marker from its true position, in pixels: [right, down]. */
export type PixelOffset = readonly [number, number];

export interface PlacedItem {
  id: string;
  /** Position in pixels at the current zoom (Leaflet's `map.project`). */
  point: { x: number; y: number };
}

export interface MarkerLayout {
  /** Markers drawn one by one, with their offset from their true position. */
  markers: Map<string, PixelOffset>;
  /** Groups too large to spread out, drawn as one cluster marker at `center` (pixels). */
  clusters: { ids: string[]; center: { x: number; y: number } }[];
}

export interface MarkerLayoutOptions {
  /** Diameter of a marker in pixels: markers closer than this overlap. */
  markerSize: number;
  /** Diameter of a cluster marker in pixels. */
  clusterSize: number;
  /** Groups up to this size are spread on a ring; larger ones become a cluster. */
  maxSpread: number;
  /** Whether clusters may be formed (not at the highest zoom: there is no zooming in further). */
  clusters: boolean;
}

/** Disjoint sets of item indexes: which items are laid out together. */
class Groups {
  private readonly parent: number[];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, index) => index);
  }

  root(index: number): number {
    let current = index;
    while (this.parent[current] !== current) current = this.parent[current] ?? current;
    return current;
  }

  /** Joins the groups of `a` and `b`; false if they were one already. */
  join(a: number, b: number): boolean {
    const [rootA, rootB] = [this.root(a), this.root(b)];
    if (rootA === rootB) return false;
    this.parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
    return true;
  }

  lists(): number[][] {
    const lists = new Map<number, number[]>();
    this.parent.forEach((_, index) => {
      const root = this.root(index);
      lists.set(root, [...(lists.get(root) ?? []), index]);
    });
    return [...lists.values()];
  }
}

/** Something drawn: a marker or a cluster, with the index of an item of its group. */
interface Drawn {
  member: number;
  x: number;
  y: number;
  size: number;
}

const byId = (a: PlacedItem, b: PlacedItem) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function place(
  items: readonly PlacedItem[],
  groups: number[][],
  { markerSize, clusterSize, maxSpread, clusters: mayCluster }: MarkerLayoutOptions,
): { layout: MarkerLayout; drawn: Drawn[] } {
  const layout: MarkerLayout = { markers: new Map(), clusters: [] };
  const drawn: Drawn[] = [];
  for (const indexes of groups) {
    const group = indexes.flatMap((index) => items[index] ?? []);
    const member = indexes[0] ?? 0;
    const centre = {
      x: group.reduce((sum, { point }) => sum + point.x, 0) / group.length,
      y: group.reduce((sum, { point }) => sum + point.y, 0) / group.length,
    };
    if (group.length === 1) {
      for (const { id, point } of group) {
        layout.markers.set(id, [0, 0]);
        drawn.push({ member, x: point.x, y: point.y, size: markerSize });
      }
    } else if (mayCluster && group.length > maxSpread) {
      layout.clusters.push({ ids: group.map(({ id }) => id).sort(), center: centre });
      drawn.push({ member, ...centre, size: clusterSize });
    } else {
      const spacing = markerSize + 4;
      const radius = Math.max(spacing * 0.75, (group.length * spacing) / (2 * Math.PI));
      [...group].sort(byId).forEach(({ id, point }, index) => {
        const angle = -Math.PI / 2 + (2 * Math.PI * index) / group.length;
        const x = Math.round(centre.x + radius * Math.cos(angle));
        const y = Math.round(centre.y + radius * Math.sin(angle));
        layout.markers.set(id, [x - point.x, y - point.y]);
        drawn.push({ member, x, y, size: markerSize });
      });
    }
  }
  return { layout, drawn };
}

/**
 * Lays out markers so none hides another: a marker on its own stays at its position; a small
 * group of overlapping markers is spread on a ring around its centre (in a stable order, by
 * id); a large group becomes one cluster. When a ring or cluster then overlaps a neighbour,
 * the two are laid out together, until nothing overlaps. Every organisation stays reachable by
 * mouse and keyboard.
 */
export function layoutMarkers(
  items: readonly PlacedItem[],
  options: MarkerLayoutOptions,
): MarkerLayout {
  const groups = new Groups(items.length);
  const overlapping = (
    candidates: readonly { member: number; x: number; y: number; size: number }[],
  ) => {
    let joined = false;
    candidates.forEach((a, i) => {
      for (const b of candidates.slice(i + 1)) {
        if (Math.hypot(a.x - b.x, a.y - b.y) < (a.size + b.size) / 2) {
          joined = groups.join(a.member, b.member) || joined;
        }
      }
    });
    return joined;
  };

  overlapping(items.map(({ point }, member) => ({ member, ...point, size: options.markerSize })));
  // Each round joins groups, so this ends at the latest when everything is one group.
  for (;;) {
    const { layout, drawn } = place(items, groups.lists(), options);
    if (!overlapping(drawn)) return layout;
  }
}
