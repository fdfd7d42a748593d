import { describe, expect, it } from 'vitest';
import { layoutMarkers, type MarkerLayoutOptions, type PlacedItem } from './marker-layout';

const OPTIONS: MarkerLayoutOptions = {
  markerSize: 28,
  clusterSize: 36,
  maxSpread: 12,
  clusters: true,
};
const at = (id: string, x: number, y: number): PlacedItem => ({ id, point: { x, y } });

/** Where each marker is drawn, in pixels. */
function drawnAt(items: PlacedItem[], options = OPTIONS) {
  const { markers } = layoutMarkers(items, options);
  return items.map(({ id, point }) => {
    const [dx, dy] = markers.get(id) ?? [NaN, NaN];
    return [point.x + dx, point.y + dy] as const;
  });
}

function closestPair(points: (readonly [number, number])[]) {
  let closest = Infinity;
  points.forEach(([x1, y1], i) =>
    points.slice(i + 1).forEach(([x2, y2]) => {
      closest = Math.min(closest, Math.hypot(x2 - x1, y2 - y1));
    }),
  );
  return closest;
}

describe('layoutMarkers', () => {
  it('leaves markers that do not overlap where they are', () => {
    const layout = layoutMarkers([at('a', 0, 0), at('b', 40, 0), at('c', 0, 40)], OPTIONS);
    expect([...layout.markers.values()]).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    expect(layout.clusters).toEqual([]);
  });

  it('spreads overlapping markers (even at the very same spot) so none hides another', () => {
    for (const count of [2, 3, 7, 12]) {
      const group = Array.from({ length: count }, (_, i) => at(`id-${i}`, 100 + (i % 3), 100));
      expect(closestPair(drawnAt(group)), `${count} markers`).toBeGreaterThanOrEqual(28);
    }
  });

  it('spreads a chain of markers that overlap only through each other', () => {
    const chain = [at('a', 0, 0), at('b', 20, 0), at('c', 40, 0), at('d', 60, 0)];
    expect(closestPair(drawnAt(chain))).toBeGreaterThanOrEqual(28);
  });

  it('lays out a spread group together with a neighbour it would cover', () => {
    // a and b overlap; spread on a ring they would land on c, which overlaps neither.
    const items = [at('a', 100, 100), at('b', 100, 105), at('c', 100, 134)];
    expect(closestPair(drawnAt(items))).toBeGreaterThanOrEqual(28);
  });

  it('keeps each marker in its place when the list comes in another order', () => {
    const group = [at('c', 10, 10), at('a', 12, 10), at('b', 11, 12)];
    const forwards = layoutMarkers(group, OPTIONS).markers;
    const backwards = layoutMarkers([...group].reverse(), OPTIONS).markers;
    for (const { id } of group) expect(backwards.get(id)).toEqual(forwards.get(id));
  });

  it('turns a large overlapping group into one cluster at its centre', () => {
    const crowd = Array.from({ length: 13 }, (_, i) => at(`id-${i}`, 200 + i, 300));
    const layout = layoutMarkers([...crowd, at('alone', 500, 500)], OPTIONS);
    expect(layout.clusters).toHaveLength(1);
    expect(layout.clusters[0]?.ids).toHaveLength(13);
    expect(layout.clusters[0]?.center).toEqual({ x: 206, y: 300 });
    expect([...layout.markers.keys()]).toEqual(['alone']);
  });

  it('never clusters where one cannot zoom in any further', () => {
    const crowd = Array.from({ length: 30 }, (_, i) => at(`id-${i}`, 200, 300));
    const layout = layoutMarkers(crowd, { ...OPTIONS, clusters: false });
    expect(layout.clusters).toEqual([]);
    expect(closestPair(drawnAt(crowd, { ...OPTIONS, clusters: false }))).toBeGreaterThanOrEqual(28);
  });
});
