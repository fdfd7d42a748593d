import { describe, expect, it } from 'vitest';
import { cellOf, gridRectOf, morton, tileLevelFor, type GridRect } from './map-grid';
import {
  gridDistanceM,
  MapIndex,
  NO_FILTER,
  type IndexFilter,
  type KindCode,
  type MapPointRecord,
} from './map-index';

/** A small deterministic generator (mulberry32). */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface TestPoint extends MapPointRecord {
  x: number;
  y: number;
}

function points(count: number, seed: number): TestPoint[] {
  const next = random(seed);
  const bits = (width: number) => {
    let mask = 0;
    for (let b = 0; b < width; b++) if (next() < 0.15) mask |= 1 << b;
    return mask;
  };
  return Array.from({ length: count }, (_, i) => {
    // Clustered like towns: half the points near a few centres.
    const town = next() < 0.5;
    const lng = town ? 8.4 + Math.floor(next() * 3) * 0.9 + next() * 0.05 : 5.9 + next() * 9;
    const lat = town ? 49.4 + Math.floor(next() * 3) * 0.7 + next() * 0.05 : 47.3 + next() * 7.7;
    const { x, y } = cellOf(lng, lat);
    const attributes = bits(16);
    return {
      slot: i + 1,
      deleted: false,
      kind: Math.floor(next() * 3) as KindCode,
      code: morton(x, y),
      district: 1000 + Math.floor(next() * 5),
      flags: next() < 0.8 ? 0xff : next() < 0.5 ? 0xf0 : 0x00,
      offers: bits(29),
      seeks: bits(29),
      themes: bits(15),
      attributes,
      verified: attributes & bits(16),
      x,
      y,
    };
  });
}

/** The filter semantics, written out plainly. */
function matches(p: TestPoint, f: IndexFilter, rect: GridRect): boolean {
  if (p.x < rect.x0 || p.x > rect.x1 || p.y < rect.y0 || p.y > rect.y1) return false;
  if (f.near && gridDistanceM(p.x + 0.5, p.y + 0.5, f.near.x, f.near.y) > f.near.radiusM) {
    return false;
  }
  const visible = (p.flags >> f.standingShift) & 0xf;
  if ((visible & f.fields) !== f.fields) return false;
  if (f.offers && !(p.offers & f.offers)) return false;
  if (f.seeks && !(p.seeks & f.seeks)) return false;
  if (f.themes && !(p.themes & f.themes)) return false;
  const attributes = f.verifiedOnly ? p.verified : p.attributes;
  if (f.attributes && (attributes & f.attributes) !== f.attributes) return false;
  if (f.verifiedOnly && !f.attributes && !p.verified) return false;
  if (f.district && p.district !== f.district) return false;
  if (f.text && !(f.text[p.slot >> 3] & (1 << (p.slot & 7)))) return false;
  return true;
}

function bruteForce(all: TestPoint[], rect: GridRect, level: number, f: IndexFilter) {
  const shift = 20 - level;
  const cells = new Map<string, number[]>();
  const totals = [0, 0, 0];
  for (const p of all) {
    if (p.deleted || !matches(p, f, rect)) continue;
    totals[p.kind]++;
    if (!(f.kinds & (1 << p.kind))) continue;
    const key = `${p.x >>> shift}/${p.y >>> shift}`;
    const counts = cells.get(key) ?? [0, 0, 0];
    counts[p.kind]++;
    cells.set(key, counts);
  }
  return { cells, totals };
}

function cellsOf(index: MapIndex, rect: GridRect, level: number, f: IndexFilter) {
  const result = index.aggregate(rect, level, f);
  return {
    cells: new Map(result.cells.map((c) => [`${c.tx}/${c.ty}`, [...c.counts]])),
    totals: result.totals,
    result,
  };
}

const GERMANY = gridRectOf({ south: 47.2, west: 5.8, north: 55.1, east: 15.1 })!;

function filterFrom(next: () => number, all: TestPoint[]): IndexFilter {
  const pick = (width: number) => (next() < 0.4 ? 1 << Math.floor(next() * width) : 0);
  const offers = pick(29);
  const seeks = pick(29);
  const themes = pick(15);
  const attributes = next() < 0.3 ? pick(16) | pick(16) : 0;
  const verifiedOnly = next() < 0.2;
  let text: Uint8Array | null = null;
  if (next() < 0.2) {
    text = new Uint8Array(all.length / 8 + 2);
    for (const p of all) if (next() < 0.3) text[p.slot >> 3] |= 1 << (p.slot & 7);
  }
  const near =
    next() < 0.25
      ? {
          x: 20_000 + next() * 20_000,
          y: 20_000 + next() * 20_000,
          radiusM: 5_000 + next() * 80_000,
        }
      : null;
  return {
    kinds: 1 + Math.floor(next() * 7),
    offers,
    seeks,
    themes,
    attributes,
    verifiedOnly,
    fields:
      (offers ? 1 : 0) | (seeks ? 2 : 0) | (themes ? 4 : 0) | (attributes || verifiedOnly ? 8 : 0),
    standingShift: next() < 0.5 ? 0 : 4,
    district: next() < 0.2 ? 1000 + Math.floor(next() * 5) : 0,
    text,
    near,
  };
}

function randomRect(next: () => number): GridRect {
  const x0 = GERMANY.x0 + Math.floor(next() * (GERMANY.x1 - GERMANY.x0));
  const y0 = GERMANY.y0 + Math.floor(next() * (GERMANY.y1 - GERMANY.y0));
  const size = Math.floor(2 ** (4 + next() * 12));
  return { x0, y0, x1: Math.min(65_535, x0 + size), y1: Math.min(65_535, y0 + size) };
}

describe('MapIndex.aggregate', () => {
  const all = points(20_000, 1);
  const index = MapIndex.fromRecords(all);

  it('counts every point of Germany once at national zoom', () => {
    const { result } = cellsOf(index, GERMANY, 8, NO_FILTER);
    expect(result.total).toBe(all.length);
    expect(result.totals.reduce((a, b) => a + b)).toBe(all.length);
    expect(result.cells.reduce((sum, c) => sum + c.count, 0)).toBe(all.length);
  });

  it('agrees with a brute-force count for random viewports, levels and filters', () => {
    const next = random(7);
    for (let run = 0; run < 300; run++) {
      const rect = next() < 0.2 ? GERMANY : randomRect(next);
      const level = tileLevelFor(rect, 6 + Math.floor(next() * 15), 4_096);
      const filter = filterFrom(next, all);
      const expected = bruteForce(all, rect, level, filter);
      const actual = cellsOf(index, rect, level, filter);
      expect(actual.totals, `run ${run}`).toEqual(expected.totals);
      expect(actual.cells, `run ${run}`).toEqual(expected.cells);
    }
  });

  it('places each cell at the centre of mass of its points and names single points', () => {
    const bySlot = new Map(all.map((p) => [p.slot, p]));
    const { result } = cellsOf(index, GERMANY, 12, NO_FILTER);
    for (const cell of result.cells) {
      const size = 2 ** 8;
      expect(cell.x).toBeGreaterThanOrEqual(cell.tx * size);
      expect(cell.x).toBeLessThanOrEqual((cell.tx + 1) * size);
      expect(cell.y).toBeGreaterThanOrEqual(cell.ty * size);
      expect(cell.y).toBeLessThanOrEqual((cell.ty + 1) * size);
      if (cell.count === 1) {
        const point = bySlot.get(cell.slot)!;
        expect(Math.abs(point.x - cell.x)).toBeLessThanOrEqual(size / 16);
      } else {
        expect(cell.slot).toBe(-1);
      }
    }
    expect(result.cells.some((cell) => cell.count === 1)).toBe(true);
  });
});

describe('MapIndex changes', () => {
  it('follows updates, moves, deletions and new points like a freshly built index', () => {
    const next = random(11);
    const all = points(5_000, 2);
    const index = MapIndex.fromRecords(all);
    const current = new Map(all.map((p) => [p.slot, p]));
    const fresh = points(6_000, 3);
    for (let round = 0; round < 40; round++) {
      const changes: TestPoint[] = [];
      for (let i = 0; i < 150; i++) {
        const slot = 1 + Math.floor(next() * 5_200);
        const template = fresh[Math.floor(next() * fresh.length)];
        const roll = next();
        const old = current.get(slot);
        const change: TestPoint =
          roll < 0.15
            ? { ...(old ?? template), slot, deleted: true }
            : roll < 0.6 && old
              ? { ...old, offers: template.offers, kind: template.kind, flags: template.flags }
              : { ...template, slot, deleted: false };
        changes.push(change);
        current.set(slot, change);
      }
      index.apply(changes);
    }
    const live = [...current.values()].filter((p) => !p.deleted);
    expect(index.size).toBe(live.length);
    const rebuilt = MapIndex.fromRecords(live);
    for (let run = 0; run < 60; run++) {
      const rect = run === 0 ? GERMANY : randomRect(next);
      const level = tileLevelFor(rect, 6 + Math.floor(next() * 12), 4_096);
      const filter = filterFrom(next, live);
      expect(cellsOf(index, rect, level, filter).cells).toEqual(
        cellsOf(rebuilt, rect, level, filter).cells,
      );
      expect(cellsOf(index, rect, level, filter).cells).toEqual(
        bruteForce(live, rect, level, filter).cells,
      );
    }
    index.compact();
    expect(index.deltaSize).toBe(0);
    expect(cellsOf(index, GERMANY, 9, NO_FILTER).cells).toEqual(
      cellsOf(rebuilt, GERMANY, 9, NO_FILTER).cells,
    );
  });

  it('grows past its spare capacity by sorting the tail in', () => {
    const index = MapIndex.fromRecords(points(100, 4));
    index.apply(points(10_000, 5).map((p) => ({ ...p, slot: p.slot + 100 })));
    expect(index.size).toBe(10_100);
    expect(index.aggregate(GERMANY, 8, NO_FILTER).total).toBe(10_100);
  });
});

describe('MapIndex.nearest', () => {
  const all = points(8_000, 6);
  const index = MapIndex.fromRecords(all);

  it('pages the matching points by distance from the centre', () => {
    const next = random(5);
    for (let run = 0; run < 40; run++) {
      const rect = run === 0 ? GERMANY : randomRect(next);
      const filter = { ...filterFrom(next, all), near: null };
      const cx = (rect.x0 + rect.x1) / 2;
      const cy = (rect.y0 + rect.y1) / 2;
      const expected = all
        .filter((p) => matches(p, filter, rect) && filter.kinds & (1 << p.kind))
        .map((p) => ({ slot: p.slot, distanceM: gridDistanceM(p.x + 0.5, p.y + 0.5, cx, cy) }))
        .sort((a, b) => a.distanceM - b.distanceM || a.slot - b.slot);
      const page = index.nearest(rect, filter, cx, cy, 10, 25);
      expect(page.total).toBe(expected.length);
      expect(page.items.map((i) => i.slot)).toEqual(expected.slice(10, 35).map((e) => e.slot));
    }
  });

  it('orders a given set of slots by distance', () => {
    const { x, y } = cellOf(8.47, 49.49);
    const slots = all.slice(0, 500).map((p) => p.slot);
    const result = index.nearestOf(slots, x, y, 3);
    expect(result.total).toBe(500);
    const distances = result.items.map((i) => i.distanceM);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });
});
