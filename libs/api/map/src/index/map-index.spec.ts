import { mulberry32, QUALITY_ATTRIBUTES, THEMES, TOPICS } from '@bs/domain';
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

const random = mulberry32;

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

/** A point of kind ZO without codes, visible to all, in district 1 (slot and cell to set). */
const NO_POINT: MapPointRecord = {
  slot: 0,
  deleted: false,
  kind: 0,
  code: 0,
  district: 1,
  flags: 0xff,
  offers: 0,
  seeks: 0,
  themes: 0,
  attributes: 0,
  verified: 0,
};

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

  it('orders points at the same distance by slot, also where a tile starts at that distance', () => {
    // Two stacks one cell left and right of the centre's cell; the right one starts the right
    // half of the grid, so that half's least distance is exactly the stacks' distance.
    const y = 32_768;
    const point = (slot: number, x: number): MapPointRecord => ({
      ...NO_POINT,
      slot,
      code: morton(x, y),
    });
    const left = Array.from({ length: 40 }, (_, i) => point(100 + i, 32_766));
    const right = Array.from({ length: 40 }, (_, i) => point(1 + i, 32_768));
    const tied = MapIndex.fromRecords([...left, ...right, point(500, 20_000)]);
    for (const rect of [
      { x0: 0, y0: 0, x1: 65_535, y1: 65_535 },
      { x0: 32_766, y0: y, x1: 32_768, y1: y },
    ]) {
      const page = tied.nearest(rect, NO_FILTER, 32_767.5, y + 0.5, 5, 10);
      expect(page.total).toBe(rect.x0 === 0 ? 81 : 80);
      expect(page.items.map((i) => i.slot)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
      expect(new Set(page.items.map((i) => i.distanceM)).size).toBe(1);
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

describe('MapIndex after changes, against the record list', () => {
  /** Districts as compact as real ones: 16 × 16 blocks of Germany's box, keys 2000…2255. */
  const districtAt = (x: number, y: number) => {
    const block = (v: number, from: number, to: number) =>
      Math.min(15, Math.max(0, Math.floor(((v - from) / (to - from)) * 16)));
    return 2000 + block(y, GERMANY.y0, GERMANY.y1) * 16 + block(x, GERMANY.x0, GERMANY.x1);
  };

  /** A random point with masks of the taxonomy's widths and a random visibility byte. */
  function randomPoint(next: () => number, slot: number): TestPoint {
    const bits = (width: number, rate: number) => {
      let mask = 0;
      for (let b = 0; b < width; b++) if (next() < rate) mask |= 1 << b;
      return mask;
    };
    const town = next() < 0.6;
    const lng = town ? 7 + Math.floor(next() * 4) * 1.7 + next() * 0.08 : 5.9 + next() * 9;
    const lat = town ? 48 + Math.floor(next() * 4) * 1.6 + next() * 0.06 : 47.3 + next() * 7.7;
    const { x, y } = cellOf(lng, lat);
    const attributes = bits(QUALITY_ATTRIBUTES.length, 0.2);
    return {
      slot,
      deleted: false,
      kind: Math.floor(next() * 3) as KindCode,
      code: morton(x, y),
      district: next() < 0.98 ? districtAt(x, y) : 0,
      flags: Math.floor(next() * 256),
      offers: bits(TOPICS.length, 0.1),
      seeks: bits(TOPICS.length, 0.1),
      themes: bits(THEMES.length, 0.15),
      attributes,
      verified: next() < 0.9 ? attributes & bits(QUALITY_ATTRIBUTES.length, 0.5) : bits(16, 0.1),
      x,
      y,
    };
  }

  /**
   * A change of one slot: a rewrite in place, a move, a deletion or a (re-)insertion. A few
   * rewrites and moves leave a point far from its district (the district's box must grow).
   */
  function randomChange(next: () => number, current: Map<number, TestPoint>, slots: number) {
    const slot = 1 + Math.floor(next() * slots);
    const old = current.get(slot);
    const fresh = randomPoint(next, slot);
    const roll = next();
    if (!old || old.deleted) return fresh;
    if (roll < 0.15) return { ...old, deleted: true };
    if (roll < 0.6) {
      // Same cell: rewritten in place in the base, now and then with a far district.
      const { x, y, code, district } = old;
      return { ...fresh, x, y, code, district: next() < 0.9 ? district : fresh.district };
    }
    // Moved into the tail, now and then keeping its district.
    if (roll < 0.85) return { ...fresh, district: next() < 0.8 ? fresh.district : old.district };
    return fresh;
  }

  /** A filter as `indexFilter` builds them; districts and distances taken from `anchor`. */
  function randomFilter(next: () => number, anchor: TestPoint, slots: number): IndexFilter {
    const some = (width: number, rate: number) => {
      if (next() >= rate) return 0;
      let mask = 1 << Math.floor(next() * width);
      if (next() < 0.3) mask |= 1 << Math.floor(next() * width);
      return mask;
    };
    const offers = some(TOPICS.length, 0.4);
    const seeks = some(TOPICS.length, 0.3);
    const themes = some(THEMES.length, 0.3);
    const attributes = some(QUALITY_ATTRIBUTES.length, 0.3);
    const verifiedOnly = next() < 0.3;
    // Sometimes a visibility test without a mask of that field.
    const extraField = next() < 0.15 ? 1 << Math.floor(next() * 4) : 0;
    let text: Uint8Array | null = null;
    if (next() < 0.2) {
      text = new Uint8Array((slots >>> 3) + 1);
      for (let slot = 1; slot <= slots; slot++) {
        if (next() < 0.4) text[slot >>> 3] |= 1 << (slot & 7);
      }
    }
    const roll = next();
    const district = roll < 0.4 ? anchor.district : roll < 0.43 ? 2999 : 0;
    return {
      kinds: 1 + Math.floor(next() * 7),
      offers,
      seeks,
      themes,
      attributes,
      verifiedOnly,
      fields:
        extraField |
        (offers ? 1 : 0) |
        (seeks ? 2 : 0) |
        (themes ? 4 : 0) |
        (attributes || verifiedOnly ? 8 : 0),
      standingShift: next() < 0.5 ? 0 : 4,
      district,
      text,
      near:
        next() < 0.2
          ? {
              x: anchor.x + 0.5 + (next() - 0.5) * 200,
              y: anchor.y + 0.5 + (next() - 0.5) * 200,
              radiusM: 2_000 + next() * 60_000,
            }
          : null,
    };
  }

  /** A viewport around `anchor` of 8 to 65,536 cells, or all of Germany. */
  function viewport(next: () => number, anchor: TestPoint): GridRect {
    if (next() < 0.15) return GERMANY;
    const { x, y } = anchor;
    const half = Math.floor(2 ** (3 + next() * 13));
    return {
      x0: Math.max(0, x - Math.floor(next() * half)),
      y0: Math.max(0, y - Math.floor(next() * half)),
      x1: Math.min(65_535, x + Math.floor(next() * half)),
      y1: Math.min(65_535, y + Math.floor(next() * half)),
    };
  }

  /** Counts, exact centres of mass and the single slots per tile, from the record list. */
  function reference(live: TestPoint[], rect: GridRect, level: number, f: IndexFilter) {
    const shift = 20 - level;
    const cells = new Map<string, { counts: number[]; sumX: number; sumY: number; slot: number }>();
    const totals = [0, 0, 0];
    for (const p of live) {
      if (!matches(p, f, rect)) continue;
      totals[p.kind]++;
      if (!(f.kinds & (1 << p.kind))) continue;
      const key = `${p.x >>> shift}/${p.y >>> shift}`;
      const cell = cells.get(key) ?? { counts: [0, 0, 0], sumX: 0, sumY: 0, slot: p.slot };
      cell.counts[p.kind]++;
      cell.sumX += p.x + 0.5;
      cell.sumY += p.y + 0.5;
      cells.set(key, cell);
    }
    return { cells, totals };
  }

  /**
   * Compares `aggregate` and `nearest` with the reference for random viewports, levels and
   * filters around live points, half of them among the `changed` slots.
   */
  function expectSameAnswers(
    index: MapIndex,
    current: Map<number, TestPoint>,
    changed: Set<number>,
    seed: number,
  ) {
    const next = random(seed);
    const live = [...current.values()].filter((p) => !p.deleted);
    const moved = live.filter((p) => changed.has(p.slot));
    const slots = Math.max(...current.keys());
    expect(index.size).toBe(live.length);
    for (let run = 0; run < 150; run++) {
      const among = moved.length > 0 && next() < 0.5 ? moved : live;
      const anchor = among[Math.floor(next() * among.length)];
      const rect = viewport(next, anchor);
      const level = tileLevelFor(rect, 4 + Math.floor(next() * 17), 4_096);
      const filter = randomFilter(next, anchor, slots);
      const expected = reference(live, rect, level, filter);
      const actual = index.aggregate(rect, level, filter);
      const label = `seed ${seed}, run ${run}`;
      expect(actual.totals, label).toEqual(expected.totals);
      let shown = 0;
      for (const cell of expected.cells.values()) shown += cell.counts.reduce((a, b) => a + b);
      expect(actual.total, label).toBe(shown);
      expect(new Map(actual.cells.map((c) => [`${c.tx}/${c.ty}`, [...c.counts]])), label).toEqual(
        new Map([...expected.cells].map(([key, c]) => [key, c.counts])),
      );
      // Positions from counts per sub-tile of 1/8 side length (exact where no filter is set).
      const tolerance = 2 ** (20 - level) / 16 + 1e-6;
      for (const cell of actual.cells) {
        const exact = expected.cells.get(`${cell.tx}/${cell.ty}`)!;
        expect(Math.abs(cell.x - exact.sumX / cell.count), label).toBeLessThanOrEqual(tolerance);
        expect(Math.abs(cell.y - exact.sumY / cell.count), label).toBeLessThanOrEqual(tolerance);
        expect(cell.slot, label).toBe(cell.count === 1 ? exact.slot : -1);
      }

      if (run % 3 !== 0) continue;
      const cx = filter.near?.x ?? (rect.x0 + rect.x1 + 1) / 2;
      const cy = filter.near?.y ?? (rect.y0 + rect.y1 + 1) / 2;
      const offset = Math.floor(next() * 20);
      const limit = 1 + Math.floor(next() * 30);
      const candidates = live
        .filter((p) => matches(p, filter, rect) && filter.kinds & (1 << p.kind))
        .map((p) => ({ slot: p.slot, distanceM: gridDistanceM(p.x + 0.5, p.y + 0.5, cx, cy) }))
        .sort((a, b) => a.distanceM - b.distanceM || a.slot - b.slot);
      const page = index.nearest(rect, filter, cx, cy, offset, limit);
      expect(page.total, label).toBe(candidates.length);
      // Ties in distance go by slot.
      expect(page.items, label).toEqual(candidates.slice(offset, offset + limit));
    }
  }

  it('counts and lists like a brute force over the records, through rewrites, moves and sorts', () => {
    const next = random(2024);
    const SLOTS = 20_000;
    const initial = Array.from({ length: SLOTS }, (_, i) => randomPoint(next, i + 1));
    const current = new Map(initial.map((p) => [p.slot, p]));
    const changed = new Set<number>();
    const index = MapIndex.fromRecords(initial);
    expectSameAnswers(index, current, changed, 1);

    const change = (count: number) => {
      for (let batch = 0; batch < count; batch += 100) {
        const changes = Array.from({ length: 100 }, () => {
          const point = randomChange(next, current, SLOTS + 1_000);
          current.set(point.slot, point);
          changed.add(point.slot);
          return point;
        });
        index.apply(changes);
      }
    };
    // Rewrites in place and a tail of moved and new points.
    change(2_000);
    expect(index.deltaSize).toBeGreaterThan(0);
    expectSameAnswers(index, current, changed, 2);

    // Past the spare room: the tail is sorted in on the way, and changes go on.
    let sorted = false;
    for (let round = 0; round < 100 && !sorted; round++) {
      const before = index.deltaSize;
      change(500);
      sorted = index.deltaSize < before;
    }
    expect(sorted).toBe(true);
    changed.clear();
    change(1_000);
    expectSameAnswers(index, current, changed, 3);

    index.compact();
    expect(index.deltaSize).toBe(0);
    expectSameAnswers(index, current, changed, 4);
    changed.clear();
    change(1_500);
    expectSameAnswers(index, current, changed, 5);
  });
  /** A code beyond the taxonomy's topics: no bitset has it, the columns must tell. */
  const BEYOND_TOPICS = 1 << TOPICS.length;

  /**
   * Points of which about a third stack on a few hubs: on a hub's cell and on the cells 1, 3 and
   * 40 to each side of it, so that many points share a distance from a centre on the hub (the
   * list orders those by slot). A few offer a topic beyond the taxonomy.
   */
  function stackedPoints(next: () => number, count: number): TestPoint[] {
    const hubs = Array.from({ length: 8 }, () => randomPoint(next, 0));
    return Array.from({ length: count }, (_, i) => {
      const point = randomPoint(next, i + 1);
      const offers = next() < 0.03 ? point.offers | BEYOND_TOPICS : point.offers;
      if (next() >= 0.35) return { ...point, offers };
      const hub = hubs[Math.floor(next() * hubs.length)];
      const away = [0, 1, 3, 40][Math.floor(next() * 4)];
      const side = Math.floor(next() * 4);
      const x = hub.x + (side === 0 ? away : side === 1 ? -away : 0);
      const y = hub.y + (side === 2 ? away : side === 3 ? -away : 0);
      return { ...point, offers, x, y, code: morton(x, y) };
    });
  }

  /** A list's place: a viewport around `anchor`, one to three cells, Germany or the whole grid. */
  function listViewport(next: () => number, anchor: TestPoint): GridRect {
    const roll = next();
    if (roll < 0.05) return { x0: 0, y0: 0, x1: 65_535, y1: 65_535 };
    if (roll < 0.2) {
      const r = Math.floor(next() * 2);
      return { x0: anchor.x - r, y0: anchor.y - r, x1: anchor.x + r, y1: anchor.y + r };
    }
    return viewport(next, anchor);
  }

  /** A centre inside the viewport (now and then on a cell's centre), on its edge or outside. */
  function listCentre(next: () => number, rect: GridRect, anchor: TestPoint) {
    const width = rect.x1 - rect.x0 + 1;
    const height = rect.y1 - rect.y0 + 1;
    const roll = next();
    if (roll < 0.3) return { cx: anchor.x + 0.5, cy: anchor.y + 0.5, where: 'on a point' };
    if (roll < 0.5) {
      return { cx: rect.x0 + next() * width, cy: rect.y0 + next() * height, where: 'inside' };
    }
    if (roll < 0.7) {
      const across = rect.y0 + next() * height;
      return next() < 0.5
        ? { cx: next() < 0.5 ? rect.x0 : rect.x1 + 1, cy: across, where: 'on the edge' }
        : {
            cx: rect.x0 + next() * width,
            cy: next() < 0.5 ? rect.y0 : rect.y1 + 1,
            where: 'on the edge',
          };
    }
    const far = 1 + next() * 3;
    const cx = next() < 0.5 ? rect.x0 - far * width : rect.x1 + 1 + far * width;
    return { cx, cy: rect.y0 + (next() * 3 - 1) * height, where: 'outside' };
  }

  /**
   * A filter for the list: `randomFilter`'s, now and then with a rare text or a topic beyond the
   * taxonomy, or only kinds (many points pass).
   */
  function listFilter(next: () => number, anchor: TestPoint, slots: number): IndexFilter {
    const filter = randomFilter(next, anchor, slots);
    const roll = next();
    if (roll < 0.2) return { ...NO_FILTER, kinds: filter.kinds, near: filter.near };
    if (roll < 0.3) {
      const text = new Uint8Array((slots >>> 3) + 1);
      for (let n = 0; n < 12; n++) {
        const slot = 1 + Math.floor(next() * slots);
        text[slot >>> 3] |= 1 << (slot & 7);
      }
      return { ...filter, text };
    }
    if (roll < 0.4) {
      const offers = BEYOND_TOPICS | (1 << Math.floor(next() * TOPICS.length));
      return { ...filter, offers, fields: filter.fields | 1 };
    }
    return filter;
  }

  /**
   * Compares `nearest` with a brute force over the records, exactly (ties by slot), for `runs`
   * random lists; returns how often the page's edge fell between points at the same distance.
   */
  function expectSameLists(
    index: MapIndex,
    current: Map<number, TestPoint>,
    seed: number,
    runs: number,
  ) {
    const next = random(seed);
    const live = [...current.values()].filter((p) => !p.deleted);
    const slots = Math.max(...current.keys());
    const onCell = new Map<number, number>();
    for (const p of live) onCell.set(p.code, (onCell.get(p.code) ?? 0) + 1);
    const stacked = live.filter((p) => (onCell.get(p.code) ?? 0) >= 3);
    const seen = { tiesAtEdge: 0, outside: 0, beyondTaxonomy: 0, wholeList: 0 };
    for (let run = 0; run < runs; run++) {
      const among = next() < 0.4 ? stacked : live;
      const anchor = among[Math.floor(next() * among.length)];
      const rect = listViewport(next, anchor);
      const filter = listFilter(next, anchor, slots);
      const centre =
        filter.near && next() < 0.5
          ? { cx: filter.near.x, cy: filter.near.y, where: 'circle' }
          : listCentre(next, rect, anchor);
      const roll = next();
      const offset =
        roll < 0.4 ? 0 : roll < 0.8 ? Math.floor(next() * 40) : 100 + Math.floor(next() * 200);
      const limit = next() < 0.05 ? 0 : 1 + Math.floor(next() * 50);
      const { cx, cy } = centre;
      const expected = live
        .filter((p) => matches(p, filter, rect) && filter.kinds & (1 << p.kind))
        .map((p) => ({ slot: p.slot, distanceM: gridDistanceM(p.x + 0.5, p.y + 0.5, cx, cy) }))
        .sort((a, b) => a.distanceM - b.distanceM || a.slot - b.slot);
      const page = index.nearest(rect, filter, cx, cy, offset, limit);
      const label = `seed ${seed}, run ${run}, centre ${centre.where}`;
      expect(page.total, label).toBe(expected.length);
      expect(page.items, label).toEqual(expected.slice(offset, offset + limit));
      // The map counts the same points.
      const level = tileLevelFor(rect, 4 + Math.floor(next() * 17), 4_096);
      expect(index.aggregate(rect, level, filter).total, label).toBe(page.total);

      const end = offset + limit;
      if (limit > 0 && end < expected.length) {
        if (expected[end - 1].distanceM === expected[end].distanceM) seen.tiesAtEdge++;
      } else if (limit > 0 && expected.length > offset) seen.wholeList++;
      if (centre.where === 'outside') seen.outside++;
      if ((filter.offers & BEYOND_TOPICS) !== 0 && expected.length > 0) seen.beyondTaxonomy++;
    }
    return seen;
  }

  it('lists exactly like a brute force: any centre, page, place and filter, ties by slot', () => {
    expect(TOPICS.length).toBeLessThan(31);
    const next = random(4242);
    const SLOTS = 12_000;
    const initial = stackedPoints(next, SLOTS);
    const current = new Map(initial.map((p) => [p.slot, p]));
    const index = MapIndex.fromRecords(initial);
    const seen = [expectSameLists(index, current, 1, 250)];

    // Rewrites in place, moves into the tail, deletions; then everything sorted in.
    for (let batch = 0; batch < 15; batch++) {
      const changes = Array.from({ length: 100 }, () => {
        const point = randomChange(next, current, SLOTS + 500);
        current.set(point.slot, point);
        return point;
      });
      index.apply(changes);
    }
    expect(index.deltaSize).toBeGreaterThan(0);
    seen.push(expectSameLists(index, current, 2, 250));
    index.compact();
    seen.push(expectSameLists(index, current, 3, 150));

    // The cases that matter happened.
    const sum = (key: keyof (typeof seen)[number]) => seen.reduce((n, s) => n + s[key], 0);
    expect(sum('tiesAtEdge')).toBeGreaterThan(30);
    expect(sum('outside')).toBeGreaterThan(50);
    expect(sum('beyondTaxonomy')).toBeGreaterThan(3);
    expect(sum('wholeList')).toBeGreaterThan(10);
  });
});
