import { mulberry32, QUALITY_ATTRIBUTES, THEMES, TOPICS } from '@bs/domain';
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
 * `MapService.features`) and `nearest` (the list) at zoom 6, per filter; then the list alone at
 * zoom 5, 6, 7 (centred on Germany), 10 and 13 (centred on Cologne), pages of 20 at offset 0 and
 * 200, for a few filters. p50/p95 over 50 runs after 5 warm-up runs, and the index's memory.
 * Last, 500 mixed list requests (any zoom, filter and page; each run once before) and the first
 * use of a text filter. No database:
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

const random = mulberry32;

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

/** The grid rectangle of the benchmark's map window centred on a place at a zoom. */
function mapRect(zoom: number, centre: { lat: number; lng: number }): GridRect {
  const units = 1 / pixelsPerUnit(zoom);
  const cx = gridX(centre.lng);
  const cy = gridY(centre.lat);
  const clamp = (v: number) => Math.min(GRID_SIZE - 1, Math.max(0, Math.floor(v)));
  return {
    x0: clamp(cx - (MAP_PX.width / 2) * units),
    x1: clamp(cx + (MAP_PX.width / 2) * units),
    y0: clamp(cy - (MAP_PX.height / 2) * units),
    y1: clamp(cy + (MAP_PX.height / 2) * units),
  };
}

/** The grid rectangle of the benchmark's map window centred on Germany at a zoom. */
const nationalRect = (zoom: number): GridRect => mapRect(zoom, GERMANY_CENTRE);

/** The list's zooms: national ones centred on Germany, from `CITY_ZOOM` on centred on Cologne. */
const LIST_ZOOMS = [5, 6, 7, 10, 13] as const;
const CITY_ZOOM = 10;
const CITY_CENTRE = { lat: 50.94, lng: 6.96 };
const LIST_OFFSETS = [0, 200] as const;
/** Entries per page of the list. */
const LIST_LIMIT = 20;
const LIST_FILTERS = ['no filter', 'one offered topic', 'district', 'verified only'] as const;
/** Mixed list requests measured one by one, and the share of slots each text filter matches. */
const MIXED = 500;
const TEXT_RATES = [0.0005, 0.02, 0.3] as const;

interface ListRequest {
  rect: GridRect;
  filter: IndexFilter;
  cx: number;
  cy: number;
  offset: number;
  limit: number;
}

/** Text filters' slot bitsets matching about the given shares of all slots. */
function textFilters(): Uint8Array[] {
  const next = random(99);
  return TEXT_RATES.map((rate) => {
    const text = new Uint8Array((POINTS >>> 3) + 1);
    for (let slot = 1; slot <= POINTS; slot++) {
      if (next() < rate) text[slot >>> 3] |= 1 << (slot & 7);
    }
    return text;
  });
}

/**
 * List requests of every kind: zoom 5 to 17 around a city or anywhere, any combination of
 * topics, themes, attributes, verification, district (the centre's), text, circle, kinds and
 * standing, pages of 1 to 50 at offsets up to 300.
 */
function mixedRequests(texts: Uint8Array[], box: GridRect): ListRequest[] {
  const next = random(7);
  const code = (count: number) => 1 << Math.floor(next() * count);
  return Array.from({ length: MIXED }, () => {
    const zoom = 5 + Math.floor(next() * 13);
    const [lat, lng] = CITIES[Math.floor(next() * CITIES.length)];
    const centre =
      next() < 0.7
        ? { lat: lat + (next() - 0.5) * 0.1, lng: lng + (next() - 0.5) * 0.15 }
        : {
            lat: BOX.south + next() * (BOX.north - BOX.south),
            lng: BOX.west + next() * (BOX.east - BOX.west),
          };
    const rect = mapRect(zoom, centre);
    const cell = cellOf(centre.lng, centre.lat);
    const near =
      next() < 0.15
        ? { x: gridX(centre.lng), y: gridY(centre.lat), radiusM: 2_000 + next() * 100_000 }
        : null;
    const f = filterOf({
      offers: next() < 0.4 ? code(TOPICS.length) : 0,
      seeks: next() < 0.2 ? code(TOPICS.length) : 0,
      themes: next() < 0.15 ? code(THEMES.length) : 0,
      attributes: next() < 0.15 ? code(QUALITY_ATTRIBUTES.length) : 0,
      verifiedOnly: next() < 0.15,
      district: next() < 0.2 ? districtOf(cell.x, cell.y, box) : 0,
      text: next() < 0.2 ? texts[Math.floor(next() * texts.length)] : null,
      near,
      kinds: next() < 0.2 ? 1 + Math.floor(next() * 6) : 0b111,
      standingShift: next() < 0.5 ? STANDING_SHIFT.SIGNED_IN : ANONYMOUS,
    });
    // The list's centre as in `MapService.list`.
    return {
      rect,
      filter: f,
      cx: near?.x ?? (rect.x0 + rect.x1 + 1) / 2,
      cy: near?.y ?? (rect.y0 + rect.y1 + 1) / 2,
      offset: next() < 0.5 ? 0 : Math.floor(next() * 300),
      limit: 1 + Math.floor(next() * 50),
    };
  });
}

const ANONYMOUS = STANDING_SHIFT.ANONYMOUS;
/** A district around Cologne (the district grid cell of the city centre). */
const COLOGNE = cellOf(6.96, 50.94);

/** A filter as `indexFilter` builds it (an anonymous viewer unless said otherwise). */
function filterOf(parts: Partial<IndexFilter>): IndexFilter {
  const f = { ...NO_FILTER, standingShift: ANONYMOUS, ...parts };
  return {
    ...f,
    fields:
      (f.offers ? FIELD_BIT.OFFERS : 0) |
      (f.seeks ? FIELD_BIT.SEEKS : 0) |
      (f.themes ? FIELD_BIT.THEMES : 0) |
      (f.attributes || f.verifiedOnly ? FIELD_BIT.ATTRIBUTES : 0),
  };
}

/** The filters measured (anonymous viewer, every kind shown). */
function scenarios(district: number): [string, IndexFilter][] {
  return [
    ['no filter', filterOf({})],
    ['one offered topic', filterOf({ offers: 1 << 3 })],
    ['two offered topics', filterOf({ offers: (1 << 3) | (1 << 11) })],
    ['sought topic + theme', filterOf({ seeks: 1 << 7, themes: 1 << 2 })],
    ['attribute', filterOf({ attributes: 1 << 4 })],
    ['verified only', filterOf({ verifiedOnly: true })],
    ['verified attribute', filterOf({ attributes: 1 << 4, verifiedOnly: true })],
    ['district', filterOf({ district })],
    ['district + topic', filterOf({ district, offers: 1 << 3 })],
    ['topic, one kind, signed in', filterOf({ offers: 1 << 3, kinds: 0b010, standingShift: 4 })],
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
let texts: Uint8Array[] = [];
let mixed: ListRequest[] = [];

beforeAll(() => {
  const started = performance.now();
  const built = buildIndex();
  index = built.index;
  texts = textFilters();
  mixed = mixedRequests(texts, box);
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

  const list = [`nearest (the list), ${LIST_LIMIT} a page: p50 / p95 in ms`];
  list.push(
    [
      'filter, offset'.padEnd(28),
      ...LIST_ZOOMS.map((z) => `z${z}`.padStart(17)),
      `total z${LIST_ZOOMS[0]}`.padStart(12),
    ].join(''),
  );
  for (const name of LIST_FILTERS) {
    for (const offset of LIST_OFFSETS) {
      const cell = (key: string) => {
        const sorted = (times.get(key) ?? []).slice(-RUNS).sort((a, b) => a - b);
        return `${percentile(sorted, 50).toFixed(2)} / ${percentile(sorted, 95).toFixed(2)}`;
      };
      const key = (zoom: number) => `list ${name} z${zoom} +${offset}`;
      list.push(
        [
          `${name}, ${offset}`.padEnd(28),
          ...LIST_ZOOMS.map((z) => cell(key(z)).padStart(17)),
          String(results.get(key(LIST_ZOOMS[0])) ?? '').padStart(12),
        ].join(''),
      );
    }
  }
  const sorted = (times.get('mixed') ?? []).slice(-MIXED).sort((a, b) => a - b);
  const ms = (p: number) => percentile(sorted, p).toFixed(2);
  list.push(
    `${MIXED} mixed requests (zoom 5-17, any filter, offset ≤ 300, limit ≤ 50): ` +
      `p50 ${ms(50)}, p95 ${ms(95)}, p99 ${ms(99)}, max ${ms(100)} ms`,
  );
  const first = (times.get('text first use') ?? []).sort((a, b) => a - b);
  list.push(
    `a text matching ${TEXT_RATES[TEXT_RATES.length - 1] * 100} % of slots, first use at zoom 6: ` +
      `p50 ${percentile(first, 50).toFixed(2)}, max ${percentile(first, 100).toFixed(2)} ms`,
  );
  console.log(list.join('\n'));
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

describe('MapIndex list', () => {
  for (const name of LIST_FILTERS) {
    const filter = SCENARIOS.find(([scenario]) => scenario === name)?.[1];
    if (!filter) throw new Error(`No scenario ${name}`);
    for (const zoom of LIST_ZOOMS) {
      const rect = mapRect(zoom, zoom >= CITY_ZOOM ? CITY_CENTRE : GERMANY_CENTRE);
      // The list's centre as in `MapService.list`.
      const cx = (rect.x0 + rect.x1 + 1) / 2;
      const cy = (rect.y0 + rect.y1 + 1) / 2;
      for (const offset of LIST_OFFSETS) {
        bench(
          `nearest ${name}, zoom ${zoom}, offset ${offset}`,
          timed(
            `list ${name} z${zoom} +${offset}`,
            () => ready().nearest(rect, filter, cx, cy, offset, LIST_LIMIT).total,
          ),
          options,
        );
      }
    }
  }
});

describe('MapIndex list, mixed requests', () => {
  let at = 0;
  bench(
    `nearest, ${MIXED} mixed requests`,
    timed('mixed', () => {
      const request = mixed[at++ % mixed.length];
      if (!request) throw new Error('No requests');
      const { rect, filter, cx, cy, offset, limit } = request;
      return ready().nearest(rect, filter, cx, cy, offset, limit).total;
    }),
    // Every request once before: the index has seen the texts (see the next bench).
    { ...options, iterations: MIXED, warmupIterations: MIXED },
  );
  // A text the index has not seen: its matches are placed by position first (then kept).
  const rect = nationalRect(6);
  bench(
    'nearest, a new text filter, zoom 6',
    timed('text first use', () => {
      const text = texts[texts.length - 1]?.slice();
      if (!text) throw new Error('No texts');
      const cx = (rect.x0 + rect.x1 + 1) / 2;
      const cy = (rect.y0 + rect.y1 + 1) / 2;
      return ready().nearest(rect, filterOf({ text }), cx, cy, 0, LIST_LIMIT).total;
    }),
    { ...options, iterations: 10, warmupIterations: 0 },
  );
});
