import { QUALITY_ATTRIBUTES, THEMES, TOPICS } from '@bs/domain';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import {
  cellOf,
  GRID_SIZE,
  gridX,
  gridY,
  morton,
  pixelsPerUnit,
  tileLevelFor,
  type GridRect,
} from './map-grid';
import { MapIndexBuilder, NO_FILTER, type IndexFilter, type MapIndex } from './map-index';
import { FIELD_BIT, STANDING_SHIFT } from './map-visibility';

/**
 * The in-memory index alone at national scale: 4 M synthetic points over Germany (clustered
 * around cities like the population, realistic code frequencies), `aggregate` for the national
 * view at zoom 5, 6 and 7 (a 1280 × 695 px map centred on Germany, the tile level chosen like
 * `MapService.features`) and `nearest` (the list) at zoom 6, per filter; p50/p95 over 50 runs
 * after 5 warm-up runs, and the index's memory. No database:
 *
 *   npx vitest bench --run --config libs/api/map/vitest.config.mts map-index.bench
 *   MAP_BENCH_POINTS=1000000 npx vitest bench --run --config libs/api/map/vitest.config.mts map-index.bench
 */
const POINTS = Number(process.env['MAP_BENCH_POINTS'] ?? 4_000_000);
const RUNS = 50;
const WARM_UP = 5;
const ZOOMS = [5, 6, 7] as const;
/** As in `MapService`: the map of the benchmark's window, cells two levels below the zoom. */
const MAP_PX = { width: 1280, height: 695 };
const CELL_LEVELS_BELOW_ZOOM = 2;
const MAX_VIEWPORT_CELLS = 4_096;
const GERMANY_CENTRE = { lat: 51.16, lng: 10.45 };

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

/** Larger German cities (lat, lng, weight ~ population in 100 k). */
const CITIES: readonly [number, number, number][] = [
  [52.52, 13.4, 37],
  [53.55, 10.0, 18],
  [48.14, 11.58, 15],
  [50.94, 6.96, 11],
  [50.11, 8.68, 7.6],
  [48.78, 9.18, 6.3],
  [51.23, 6.78, 6.2],
  [51.51, 7.47, 5.9],
  [51.46, 7.01, 5.8],
  [51.34, 12.37, 6],
  [53.08, 8.8, 5.7],
  [51.05, 13.74, 5.6],
  [52.37, 9.74, 5.4],
  [49.45, 11.08, 5.2],
  [51.43, 6.76, 5],
  [51.48, 7.22, 3.6],
  [51.26, 7.15, 3.5],
  [52.02, 8.53, 3.3],
  [50.73, 7.1, 3.3],
  [51.96, 7.63, 3.2],
  [49.49, 8.47, 3.1],
  [49.01, 8.4, 3.1],
  [48.37, 10.9, 3],
  [50.08, 8.24, 2.8],
  [51.19, 6.44, 2.6],
  [50.78, 6.08, 2.5],
  [52.13, 11.62, 2.4],
  [54.32, 10.13, 2.5],
  [50.98, 11.03, 2.1],
  [54.09, 12.13, 2.1],
  [49.99, 8.27, 2.2],
  [51.48, 11.97, 2.4],
  [50.83, 12.92, 2.4],
  [52.4, 13.06, 1.8],
  [49.23, 7.0, 1.8],
  [47.99, 7.85, 2.3],
  [49.87, 8.65, 1.6],
  [49.01, 12.1, 1.5],
  [48.4, 9.99, 1.3],
  [49.79, 9.95, 1.3],
];
/** Share of points scattered over the whole country (villages, the countryside). */
const RURAL = 0.45;
const BOX = { west: 5.9, east: 15.0, south: 47.3, north: 55.0 };
/** Districts: a 20 × 20 partition of Germany's box, keys 1000…1399 (spatially compact). */
const DISTRICT_SIDE = 20;

function districtOf(x: number, y: number, box: GridRect): number {
  const col = Math.floor(((x - box.x0) / (box.x1 - box.x0 + 1)) * DISTRICT_SIDE);
  const row = Math.floor(((y - box.y0) / (box.y1 - box.y0 + 1)) * DISTRICT_SIDE);
  const clamp = (v: number) => Math.min(DISTRICT_SIDE - 1, Math.max(0, v));
  return 1000 + clamp(row) * DISTRICT_SIDE + clamp(col);
}

/** Per code, the probability that a point has it. */
const rates = (next: () => number, count: number, min: number, max: number) =>
  Float64Array.from({ length: count }, () => min + next() * (max - min));

function buildIndex(): { index: MapIndex; buildMs: number } {
  const next = random(2026);
  const box: GridRect = {
    x0: Math.floor(gridX(BOX.west)),
    x1: Math.floor(gridX(BOX.east)),
    y0: Math.floor(gridY(BOX.north)),
    y1: Math.floor(gridY(BOX.south)),
  };
  const topicRates = rates(next, TOPICS.length, 0.05, 0.15);
  const seekRates = rates(next, TOPICS.length, 0.05, 0.15);
  const themeRates = rates(next, THEMES.length, 0.1, 0.2);
  const weights = CITIES.reduce((sum, [, , w]) => sum + w, 0);
  const mask = (probabilities: Float64Array) => {
    let m = 0;
    for (let b = 0; b < probabilities.length; b++) if (next() < probabilities[b]) m |= 1 << b;
    return m;
  };
  const builder = new MapIndexBuilder(POINTS);
  for (let slot = 1; slot <= POINTS; slot++) {
    let lat: number;
    let lng: number;
    if (next() < RURAL) {
      lng = BOX.west + next() * (BOX.east - BOX.west);
      lat = BOX.south + next() * (BOX.north - BOX.south);
    } else {
      let pick = next() * weights;
      let city = CITIES[0];
      for (const c of CITIES) {
        pick -= c[2];
        city = c;
        if (pick <= 0) break;
      }
      // Roughly normal around the centre, wider for larger cities.
      const spread = 0.04 + 0.01 * Math.sqrt(city[2]);
      const gauss = () => (next() + next() + next() - 1.5) * 1.4;
      lat = city[0] + gauss() * spread * 0.65;
      lng = city[1] + gauss() * spread;
    }
    const { x, y } = cellOf(lng, lat);
    let attributes = 0;
    let verified = 0;
    for (let b = 0; b < QUALITY_ATTRIBUTES.length; b++) {
      if (next() >= 0.05) continue;
      attributes |= 1 << b;
      if (next() < 0.4) verified |= 1 << b;
    }
    const roll = next();
    builder.add({
      slot,
      deleted: false,
      kind: roll < 0.3 ? 0 : roll < 0.95 ? 1 : 2,
      code: morton(x, y),
      district: districtOf(x, y, box),
      flags: roll < 0.85 ? 0xff : roll < 0.95 ? 0xf0 : 0x00,
      offers: mask(topicRates),
      seeks: mask(seekRates),
      themes: mask(themeRates),
      attributes,
      verified,
    });
  }
  const started = performance.now();
  const index = builder.build();
  return { index, buildMs: performance.now() - started };
}

/** The grid rectangle of the benchmark's map window centred on Germany at a zoom. */
function nationalRect(zoom: number): GridRect {
  const units = 1 / pixelsPerUnit(zoom);
  const cx = gridX(GERMANY_CENTRE.lng);
  const cy = gridY(GERMANY_CENTRE.lat);
  const clamp = (v: number) => Math.min(GRID_SIZE - 1, Math.max(0, Math.floor(v)));
  return {
    x0: clamp(cx - (MAP_PX.width / 2) * units),
    x1: clamp(cx + (MAP_PX.width / 2) * units),
    y0: clamp(cy - (MAP_PX.height / 2) * units),
    y1: clamp(cy + (MAP_PX.height / 2) * units),
  };
}

const ANONYMOUS = STANDING_SHIFT.ANONYMOUS;
/** A district around Cologne (the district grid cell of the city centre). */
const COLOGNE = cellOf(6.96, 50.94);

/** The filters measured (anonymous viewer, every kind shown). */
function scenarios(district: number): [string, IndexFilter][] {
  const filter = (parts: Partial<IndexFilter>): IndexFilter => {
    const f = { ...NO_FILTER, standingShift: ANONYMOUS, ...parts };
    return {
      ...f,
      fields:
        (f.offers ? FIELD_BIT.OFFERS : 0) |
        (f.seeks ? FIELD_BIT.SEEKS : 0) |
        (f.themes ? FIELD_BIT.THEMES : 0) |
        (f.attributes || f.verifiedOnly ? FIELD_BIT.ATTRIBUTES : 0),
    };
  };
  return [
    ['no filter', filter({})],
    ['one offered topic', filter({ offers: 1 << 3 })],
    ['two offered topics', filter({ offers: (1 << 3) | (1 << 11) })],
    ['sought topic + theme', filter({ seeks: 1 << 7, themes: 1 << 2 })],
    ['attribute', filter({ attributes: 1 << 4 })],
    ['verified only', filter({ verifiedOnly: true })],
    ['verified attribute', filter({ attributes: 1 << 4, verifiedOnly: true })],
    ['district', filter({ district })],
    ['district + topic', filter({ district, offers: 1 << 3 })],
    ['topic, one kind, signed in', filter({ offers: 1 << 3, kinds: 0b010, standingShift: 4 })],
  ];
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

const times = new Map<string, number[]>();
const results = new Map<string, number>();

function timed(key: string, run: () => number): () => void {
  return () => {
    const started = performance.now();
    results.set(key, run());
    const elapsed = performance.now() - started;
    const list = times.get(key) ?? [];
    list.push(elapsed);
    times.set(key, list);
  };
}

let index: MapIndex | null = null;
const ready = (): MapIndex => {
  if (!index) throw new Error('The index is not built');
  return index;
};
const options = { iterations: RUNS, warmupIterations: WARM_UP, time: 0, warmupTime: 0 };
const box: GridRect = {
  x0: Math.floor(gridX(BOX.west)),
  x1: Math.floor(gridX(BOX.east)),
  y0: Math.floor(gridY(BOX.north)),
  y1: Math.floor(gridY(BOX.south)),
};
const SCENARIOS = scenarios(districtOf(COLOGNE.x, COLOGNE.y, box));

beforeAll(() => {
  const started = performance.now();
  const built = buildIndex();
  index = built.index;
  console.log(
    `${index.size.toLocaleString('en')} points generated and indexed in ` +
      `${Math.round(performance.now() - started)} ms (build ${Math.round(built.buildMs)} ms); ` +
      `index.bytes ${(index.bytes / 1_048_576).toFixed(1)} MiB`,
  );
});

afterAll(() => {
  const lines = [`p50 / p95 in ms over the last ${RUNS} of ${RUNS + WARM_UP} runs`];
  const head = ['filter'.padEnd(28), ...ZOOMS.map((z) => `aggregate z${z}`.padStart(17))];
  lines.push([...head, 'nearest z6'.padStart(17), 'total z6'.padStart(10)].join(''));
  for (const [name] of SCENARIOS) {
    const cell = (key: string) => {
      const sorted = (times.get(key) ?? []).slice(-RUNS).sort((a, b) => a - b);
      return `${percentile(sorted, 50).toFixed(1)} / ${percentile(sorted, 95).toFixed(1)}`.padStart(
        17,
      );
    };
    lines.push(
      [
        name.padEnd(28),
        ...ZOOMS.map((z) => cell(`${name} z${z}`)),
        cell(`${name} nearest`),
        String(results.get(`${name} z6`) ?? '').padStart(10),
      ].join(''),
    );
  }
  console.log(lines.join('\n'));
});

describe('MapIndex at national zoom', () => {
  for (const [name, filter] of SCENARIOS) {
    for (const zoom of ZOOMS) {
      const rect = nationalRect(zoom);
      const level = tileLevelFor(rect, zoom + CELL_LEVELS_BELOW_ZOOM, MAX_VIEWPORT_CELLS);
      bench(
        `aggregate ${name}, zoom ${zoom}`,
        timed(`${name} z${zoom}`, () => ready().aggregate(rect, level, filter).total),
        options,
      );
    }
    const rect = nationalRect(6);
    const cx = (rect.x0 + rect.x1 + 1) / 2;
    const cy = (rect.y0 + rect.y1 + 1) / 2;
    bench(
      `nearest ${name}, zoom 6`,
      timed(`${name} nearest`, () => ready().nearest(rect, filter, cx, cy, 0, 20).total),
      options,
    );
  }
});
