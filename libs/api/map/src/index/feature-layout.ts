import { markerPx } from '@bs/domain';
import { pixelsPerUnit, tileUnits, type GridRect } from './map-grid';
import type { CellAggregate, KindCounts } from './map-index';

/** Space kept between two markers, in pixels. */
export const MARKER_GAP_PX = 4;

/** A marker to draw: a cluster (count > 1) or one organisation (count 1 and a slot). */
export interface LaidOutFeature {
  /** `<level>-<tx>-<ty>` of its largest cell. */
  id: string;
  count: number;
  counts: KindCounts;
  /** Centre of mass in grid units. */
  x: number;
  y: number;
  /** The organisation's slot when the feature is a single organisation, else -1. */
  slot: number;
  /** The grid cells of its tiles (zooming there splits a cluster). */
  extent: GridRect;
}

interface Placed extends LaidOutFeature {
  px: number;
  py: number;
}

/**
 * Turns the cells of an aggregation into markers that do not overlap at `zoom`: cells are
 * taken largest first, and a cell whose marker would overlap one already placed joins it (the
 * counts add up, the position moves to the common centre of mass). Counts stay exact.
 */
export function layoutFeatures(
  cells: readonly CellAggregate[],
  level: number,
  zoom: number,
): LaidOutFeature[] {
  const scale = pixelsPerUnit(zoom);
  const size = tileUnits(level);
  const bucketPx = markerPx(Number.MAX_SAFE_INTEGER) + MARKER_GAP_PX;
  const buckets = new Map<number, Placed[]>();
  const bucketKey = (bx: number, by: number) => by * 1_048_576 + bx;
  const placed: Placed[] = [];

  const ordered = [...cells].sort((a, b) => b.count - a.count || a.ty - b.ty || a.tx - b.tx);
  for (const cell of ordered) {
    const px = cell.x * scale;
    const py = cell.y * scale;
    const extent: GridRect = {
      x0: cell.tx * size,
      y0: cell.ty * size,
      x1: (cell.tx + 1) * size - 1,
      y1: (cell.ty + 1) * size - 1,
    };
    const bx = Math.floor(px / bucketPx);
    const by = Math.floor(py / bucketPx);
    let target: Placed | undefined;
    let nearest = Infinity;
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        for (const other of buckets.get(bucketKey(bx + dx, by + dy)) ?? []) {
          const distance = Math.hypot(other.px - px, other.py - py);
          const needed = (markerPx(other.count) + markerPx(cell.count)) / 2 + MARKER_GAP_PX;
          if (distance < needed && distance < nearest) {
            target = other;
            nearest = distance;
          }
        }
      }
    }
    if (target) {
      const count = target.count + cell.count;
      target.x = (target.x * target.count + cell.x * cell.count) / count;
      target.y = (target.y * target.count + cell.y * cell.count) / count;
      target.px = target.x * scale;
      target.py = target.y * scale;
      target.count = count;
      target.counts = [
        target.counts[0] + cell.counts[0],
        target.counts[1] + cell.counts[1],
        target.counts[2] + cell.counts[2],
      ];
      target.slot = -1;
      target.extent = {
        x0: Math.min(target.extent.x0, extent.x0),
        y0: Math.min(target.extent.y0, extent.y0),
        x1: Math.max(target.extent.x1, extent.x1),
        y1: Math.max(target.extent.y1, extent.y1),
      };
      continue;
    }
    const feature: Placed = {
      id: `${level}-${cell.tx}-${cell.ty}`,
      count: cell.count,
      counts: [...cell.counts],
      x: cell.x,
      y: cell.y,
      slot: cell.count === 1 ? cell.slot : -1,
      extent,
      px,
      py,
    };
    placed.push(feature);
    const key = bucketKey(bx, by);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(feature);
    else buckets.set(key, [feature]);
  }
  return placed.map(({ px: _px, py: _py, ...feature }) => feature);
}
