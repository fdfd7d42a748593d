import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { mulberry32, QUALITY_ATTRIBUTES, THEMES, TOPICS } from '@bs/domain';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, workspaceRoot, type ApiProcess } from '../support/api-process';
import { launchChromium } from '../support/browser';
import { mapFlow } from '../support/map-flow';

/**
 * The map at national scale, measured: start-up and memory of the API with the full synthetic
 * data, viewport latency (p50/p95/p99 per zoom level, random viewports over where organisations
 * are, random filter combinations, nothing cached), text filters, list and search, and in
 * headless Chromium the first map paint, the initial JavaScript (gzip) and the "done when" flow.
 *
 *   npm run bench:map                      # against bs_bench on 127.0.0.1 (tests/bench/map.bench.ts)
 *   BENCH_DATABASE_URL=postgres://… BENCH_SAMPLES=100 npm run bench:map
 *
 * Prints the figures and writes them to test-output/bench/map-benchmark.json.
 */
const DATABASE_URL =
  process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/bs_bench';
const SAMPLES = Number(process.env['BENCH_SAMPLES'] ?? 60);
const ZOOMS = [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18];
const VIEWPORT = { width: 1280, height: 800 };
/** The map area of that window: below the header and the search bar. */
const MAP_PX = { width: 1280, height: 695 };
const out = join(workspaceRoot, 'test-output/bench');

const FEATURES = `query MapFeatures($viewport: MapViewportInput!, $filter: MapFilterInput) {
  mapFeatures(viewport: $viewport, filter: $filter) {
    total totals { zo kmu intermediary }
    clusters { id count counts { zo kmu intermediary } location { lat lng } bounds { south west north east } }
    organisations { id kind name postcode city location { lat lng } }
  }
}`;
const LIST = `query List($viewport: MapViewportInput!, $filter: MapFilterInput) {
  mapOrganisationList(viewport: $viewport, filter: $filter, offset: 0, limit: 20) {
    total entries { distanceKm organisation { id name } }
  }
}`;
const SEARCH = `query Search($input: MapSearchInput!) {
  mapSearch(input: $input) { places { postcode name } organisations { organisation { name } } }
}`;

interface Sample {
  lat: number;
  lng: number;
  district: string | null;
}

const random = mulberry32;

/** The bounds of a window of the map's size centred on a point at a zoom (Web Mercator). */
function viewportAround(lat: number, lng: number, zoom: number) {
  const world = 256 * 2 ** zoom;
  const y = (lat: number) => {
    const s = Math.sin((lat * Math.PI) / 180);
    return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * world;
  };
  const latOf = (py: number) =>
    (Math.atan(Math.sinh(Math.PI - (2 * Math.PI * py) / world)) * 180) / Math.PI;
  const halfLng = ((MAP_PX.width / 2) * 360) / world;
  const cy = y(lat);
  const clamp = (v: number, max: number) => Math.max(-max, Math.min(max, v));
  return {
    bounds: {
      south: clamp(latOf(cy + MAP_PX.height / 2), 85),
      west: clamp(lng - halfLng, 180),
      north: clamp(latOf(cy - MAP_PX.height / 2), 85),
      east: clamp(lng + halfLng, 180),
    },
    zoom,
  };
}

function randomFilter(next: () => number, sample: Sample): Record<string, unknown> {
  if (next() < 0.3) return {};
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const filter: Record<string, unknown> = {};
  const parts = 1 + Math.floor(next() * 3);
  for (let i = 0; i < parts; i++) {
    const roll = next();
    if (roll < 0.15) filter['kinds'] = [pick(['ZO', 'KMU', 'INTERMEDIARY'])];
    else if (roll < 0.35) filter['offers'] = [pick(TOPICS).code, pick(TOPICS).code];
    else if (roll < 0.5) filter['seeks'] = [pick(TOPICS).code];
    else if (roll < 0.62) filter['themes'] = [pick(THEMES).code];
    else if (roll < 0.72) filter['attributes'] = [pick(QUALITY_ATTRIBUTES).code];
    else if (roll < 0.8) filter['verifiedOnly'] = true;
    else if (roll < 0.9 && sample.district) filter['districtKey'] = sample.district;
    else {
      filter['near'] = {
        location: { lat: sample.lat, lng: sample.lng },
        radiusKm: pick([5, 10, 25, 50, 100]),
      };
    }
  }
  return filter;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? NaN),
  };
}

function memory(pid: number | undefined) {
  if (!pid) return null;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakRssMb: Math.round(kb('VmHWM') / 1024) };
}

describe('map benchmark (full synthetic data)', () => {
  let api: ApiProcess;
  let sql: Client;
  const report: Record<string, unknown> = {};
  const post = async (query: string, variables: object) => {
    const started = performance.now();
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    const ms = performance.now() - started;
    return { ms, body };
  };

  beforeAll(async () => {
    mkdirSync(out, { recursive: true });
    sql = new Client({ connectionString: DATABASE_URL });
    await sql.connect();
    const started = performance.now();
    api = await startApi(
      { DATABASE_URL, SEED_DEMO: 'false', LOG_LEVEL: 'warn', DB_POOL_SIZE: '10' },
      180_000,
    );
    const healthyMs = performance.now() - started;
    // /health answers while the index loads; the map waits for it.
    let loadedMs = 0;
    for (;;) {
      const { body } = await post(FEATURES, {
        viewport: viewportAround(51.2, 10.4, 6),
      });
      if (!body.errors) {
        loadedMs = performance.now() - started;
        break;
      }
      if (performance.now() - started > 600_000) throw new Error(JSON.stringify(body.errors));
      await new Promise((r) => setTimeout(r, 500));
    }
    report['startup'] = {
      healthyMs: Math.round(healthyMs),
      mapReadyMs: Math.round(loadedMs),
      organisations: Number(
        (await sql.query<{ n: string }>(`SELECT count(*) AS n FROM organisation`)).rows[0]?.n,
      ),
      memoryAfterLoad: memory(api.child.pid),
    };
  }, 900_000);

  afterAll(async () => {
    report['memoryAtEnd'] = memory(api?.child.pid);
    await api?.stop();
    await sql?.end();
    writeFileSync(join(out, 'map-benchmark.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nMap benchmark (${DATABASE_URL.replace(/\/\/[^@]*@/, '//')}):`);
    console.log(JSON.stringify(report, null, 2));
  });

  it('answers any viewport with any filter fast (uncached)', async () => {
    const next = random(2026);
    const { rows } = await sql.query<{ lat: number; lng: number; district: string | null }>(
      `SELECT ST_Y(location::geometry) AS lat, ST_X(location::geometry) AS lng,
              district_key AS district
         FROM organisation TABLESAMPLE SYSTEM (0.1) REPEATABLE (42) LIMIT 5000`,
    );
    const pick = () => rows[Math.floor(next() * rows.length)];
    // Warm-up (JIT), not counted.
    for (let i = 0; i < 30; i++) {
      const s = pick();
      await post(FEATURES, { viewport: viewportAround(s.lat, s.lng, 6 + (i % 10)) });
    }
    const perZoom: Record<string, ReturnType<typeof stats>> = {};
    const all: number[] = [];
    const filteredNational: number[] = [];
    let maxFeatures = 0;
    for (const zoom of ZOOMS) {
      const times: number[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        const s = pick();
        const filter = randomFilter(next, s);
        const { ms, body } = await post(FEATURES, {
          viewport: viewportAround(s.lat, s.lng, zoom),
          filter,
        });
        expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
        const map = (
          body.data as { mapFeatures: { clusters: unknown[]; organisations: unknown[] } }
        ).mapFeatures;
        maxFeatures = Math.max(maxFeatures, map.clusters.length + map.organisations.length);
        times.push(ms);
        if (zoom <= 6 && Object.keys(filter).length > 0) filteredNational.push(ms);
      }
      perZoom[`z${zoom}`] = stats(times);
      all.push(...times);
    }
    report['viewports'] = {
      samplesPerZoom: SAMPLES,
      all: stats(all),
      filteredAtZoom5And6: stats(filteredNational),
      maxFeatures,
      perZoom,
    };
    expect(maxFeatures).toBeLessThanOrEqual(5_000);
  }, 1_800_000);

  it('filters by text, lists and searches', async () => {
    const next = random(7);
    const { rows: words } = await sql.query<{ word: string }>(
      `SELECT DISTINCT split_part(name, ' ', 1) AS word
         FROM organisation TABLESAMPLE SYSTEM (0.01) REPEATABLE (7)
        WHERE length(split_part(name, ' ', 1)) >= 5 LIMIT 12`,
    );
    const germany = viewportAround(51.2, 10.4, 6);
    const firstUse: number[] = [];
    const panned: number[] = [];
    for (const { word } of words) {
      const first = await post(FEATURES, { viewport: germany, filter: { text: word } });
      firstUse.push(first.ms);
      for (let i = 0; i < 5; i++) {
        const lat = 48 + next() * 5;
        const lng = 7 + next() * 6;
        panned.push(
          (await post(FEATURES, { viewport: viewportAround(lat, lng, 9), filter: { text: word } }))
            .ms,
        );
      }
    }
    const list: number[] = [];
    for (const zoom of [6, 10, 14]) {
      for (let i = 0; i < 15; i++) {
        const lat = 48 + next() * 5;
        const lng = 7 + next() * 6;
        const { ms, body } = await post(LIST, { viewport: viewportAround(lat, lng, zoom) });
        expect(body.errors).toBeUndefined();
        list.push(ms);
      }
    }
    const search: number[] = [];
    for (const text of [
      '10115',
      '6815',
      '8033',
      'Mannh',
      'Heidelberg',
      'Frei',
      ...words.slice(0, 6).map((w) => w.word),
    ]) {
      const { ms, body } = await post(SEARCH, { input: { text, near: { lat: 50, lng: 9 } } });
      expect(body.errors).toBeUndefined();
      search.push(ms);
    }
    report['text'] = {
      words: words.map((w) => w.word),
      // Per word, in the order of `words`: which texts cost the most.
      firstUseByWordMs: firstUse.map((ms) => Math.round(ms * 10) / 10),
      firstUseNational: stats(firstUse),
      cachedPans: stats(panned),
    };
    report['list'] = stats(list);
    report['search'] = stats(search);
  }, 900_000);

  it('paints the map quickly in Chromium and runs the whole flow', async () => {
    const browser = await launchChromium();
    try {
      const paints: number[] = [];
      let initialJs: { files: string[]; rawKb: number; gzipKb: number } | null = null;
      for (let run = 0; run < 5; run++) {
        // A new context each time: nothing cached in the browser.
        const context = await browser.newContext({ viewport: VIEWPORT, locale: 'de-DE' });
        const page = await context.newPage();
        await page.goto(`${api.baseUrl}/`, { waitUntil: 'load' });
        await page.waitForFunction(
          () => performance.getEntriesByName('bs:map-painted').length > 0,
          null,
          {
            timeout: 60_000,
          },
        );
        const measured = await page.evaluate(() => {
          const paint = performance.getEntriesByName('bs:map-painted')[0]?.startTime ?? 0;
          const scripts = performance
            .getEntriesByType('resource')
            .filter((e) => e.name.endsWith('.js') && e.startTime < paint)
            .map((e) => new URL(e.name).pathname);
          return { paint, scripts };
        });
        paints.push(measured.paint);
        if (!initialJs) {
          const sizes = measured.scripts.map((path) => {
            const content = readFileSync(join(workspaceRoot, 'dist/apps/web', path));
            return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
          });
          initialJs = {
            files: measured.scripts,
            rawKb: Math.round(sizes.reduce((s, x) => s + x.raw, 0) / 1024),
            gzipKb: Math.round(sizes.reduce((s, x) => s + x.gzip, 0) / 1024),
          };
        }
        await context.close();
      }
      report['browser'] = { firstPaintMs: stats(paints), initialJs };

      const context = await browser.newContext({ viewport: VIEWPORT, locale: 'de-DE' });
      const page = await context.newPage();
      const steps: Record<string, number> = {};
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const flow = await mapFlow(page, api.baseUrl, {
        screenshots: out,
        postcode: '10115',
        onStep: (step, ms) => (steps[step] = ms),
      });
      report['flow'] = {
        steps,
        nationalTotal: flow.nationalTotal,
        filteredTotal: flow.filteredTotal,
        card: flow.cardName,
        url: flow.url,
      };
      expect(errors).toEqual([]);
      expect(initialJs?.gzipKb ?? Infinity).toBeGreaterThan(0);
    } finally {
      await browser.close();
    }
  }, 900_000);
});
