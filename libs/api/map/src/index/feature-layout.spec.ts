import { markerPx } from '@bs/domain';
import { describe, expect, it } from 'vitest';
import { layoutFeatures, MARKER_GAP_PX } from './feature-layout';
import { pixelsPerUnit } from './map-grid';
import type { CellAggregate } from './map-index';

function cell(tx: number, ty: number, count: number, dx = 0.5, dy = 0.5): CellAggregate {
  const size = 2 ** (20 - 12);
  return {
    tx,
    ty,
    count,
    counts: [count, 0, 0],
    x: (tx + dx) * size,
    y: (ty + dy) * size,
    slot: count === 1 ? tx * 1000 + ty : -1,
  };
}

describe('layoutFeatures', () => {
  it('keeps separate cells apart and single organisations single', () => {
    const features = layoutFeatures([cell(1, 1, 500), cell(3, 1, 1), cell(1, 3, 20)], 12, 10);
    expect(features.map((f) => [f.id, f.count, f.slot])).toEqual([
      ['12-1-1', 500, -1],
      ['12-1-3', 20, -1],
      ['12-3-1', 1, 3001],
    ]);
  });

  it('joins markers that would overlap, keeping counts and the centre of mass', () => {
    // Two cells whose points lie close to their common edge.
    const features = layoutFeatures(
      [cell(1, 1, 30, 0.95), cell(2, 1, 10, 0.05), cell(5, 5, 1)],
      12,
      10,
    );
    expect(features).toHaveLength(2);
    const [joined] = features;
    expect(joined?.count).toBe(40);
    expect(joined?.counts).toEqual([40, 0, 0]);
    expect(joined?.x).toBeCloseTo(((1.95 * 30 + 2.05 * 10) / 40) * 256, 6);
    expect(joined?.extent).toEqual({ x0: 256, y0: 256, x1: 767, y1: 511 });
  });

  it('leaves no two markers overlapping in a dense grid', () => {
    const cells: CellAggregate[] = [];
    for (let tx = 0; tx < 30; tx++) {
      for (let ty = 0; ty < 20; ty++) {
        cells.push(
          cell(tx, ty, 1 + ((tx * 7 + ty * 13) % 40) ** 2, (tx % 3) / 3 + 0.1, (ty % 2) / 2 + 0.2),
        );
      }
    }
    const features = layoutFeatures(cells, 12, 10);
    expect(features.reduce((sum, f) => sum + f.count, 0)).toBe(
      cells.reduce((sum, c) => sum + c.count, 0),
    );
    const scale = pixelsPerUnit(10);
    let overlaps = 0;
    for (const [i, a] of features.entries()) {
      for (const b of features.slice(i + 1)) {
        const distance = Math.hypot(a.x - b.x, a.y - b.y) * scale;
        if (distance < (markerPx(a.count) + markerPx(b.count)) / 2 - MARKER_GAP_PX) overlaps++;
      }
    }
    // Joining moves a marker a little, so a rare slight overlap may remain.
    expect(overlaps).toBeLessThanOrEqual(features.length / 50);
  });
});
