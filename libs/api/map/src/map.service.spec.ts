import 'reflect-metadata';
import { resolve } from 'node:path';
import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import { importGeodata } from '@bs/api/regions';
import {
  attributeMask,
  DEFAULT_PROFILE_VISIBILITY,
  mulberry32,
  QUALITY_ATTRIBUTES,
  THEMES,
  themeMask,
  topicMask,
  TOPICS,
  type OrganisationKind,
} from '@bs/domain';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MapFilterInput, MapViewportInput } from './dto/map.inputs';
import { boundsOfRect, gridRectOf } from './index/map-grid';
import { MapIndexService } from './map-index.service';
import { textQuery } from './map-filter';
import { MapRepository, StatementTimeoutError } from './map.repository';
import { TextTooBroadError } from './map.errors';
import { MapService } from './map.service';
import { seedSyntheticOrganisations } from './testing/synthetic-organisations';

const geoDataDir =
  process.env['GEO_DATA_DIR'] ?? resolve(import.meta.dirname, '../../../../../shared/data/geo');

const random = mulberry32;

type Counts = Record<OrganisationKind, number>;
const KINDS: OrganisationKind[] = ['ZO', 'KMU', 'INTERMEDIARY'];
const SIGNED_IN = { userId: '00000000-0000-4000-8000-000000000000', platformRole: 'USER' } as const;

describe('MapService against PostgreSQL', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let indexes: MapIndexService;
  let service: MapService;

  beforeAll(async () => {
    db = await startTestDatabase();
    dataSource = new DataSource({ type: 'postgres', url: db.url, installExtensions: false });
    await dataSource.initialize();
    await importGeodata(dataSource, geoDataDir);
    await seedSyntheticOrganisations((sql, p) => dataSource.query(sql, p), { count: 4_000 });
    const repository = new MapRepository(dataSource);
    indexes = new MapIndexService(repository);
    indexes.configure({ pollIntervalMs: 3_600_000 });
    await indexes.start();
    service = new MapService(indexes, repository);
  }, 300_000);
  afterAll(async () => {
    indexes?.onApplicationShutdown();
    await dataSource?.destroy();
    await db?.stop();
  });

  /** Counts per kind straight from the source tables, for the viewport snapped to the grid. */
  async function bruteForce(
    viewport: MapViewportInput,
    filter: MapFilterInput,
    signedIn: boolean,
    radiusFactor = 1,
  ): Promise<Counts> {
    const rect = gridRectOf(viewport.bounds);
    const counts: Counts = { ZO: 0, KMU: 0, INTERMEDIARY: 0 };
    if (!rect) return counts;
    const box = boundsOfRect(rect);
    const levels = signedIn ? ['PUBLIC', 'SIGNED_IN'] : ['PUBLIC'];
    const visible = (field: keyof typeof DEFAULT_PROFILE_VISIBILITY) =>
      `coalesce(pr.visibility ->> '${field}', '${DEFAULT_PROFILE_VISIBILITY[field]}') = ANY ($9)`;
    const offers = topicMask(filter.offers ?? []);
    const seeks = topicMask(filter.seeks ?? []);
    const themes = themeMask(filter.themes ?? []);
    const attributes = attributeMask(filter.attributes ?? []);
    const verified = filter.verifiedOnly ?? false;
    const rows = await dataSource.query<{ kind: OrganisationKind; n: number }[]>(
      `SELECT o.kind::text AS kind, count(*)::int AS n
         FROM organisation o
         LEFT JOIN match_profile m ON m.organisation_id = o.id
         LEFT JOIN profile pr ON pr.organisation_id = o.id
        WHERE ST_X(o.location::geometry) >= $1 AND ST_X(o.location::geometry) < $2
          AND ST_Y(o.location::geometry) > $3 AND ST_Y(o.location::geometry) <= $4
          AND ($5 = 0 OR ((coalesce(m.offers, 0) & $5) <> 0 AND ${visible('OFFERS')}))
          AND ($6 = 0 OR ((coalesce(m.seeks, 0) & $6) <> 0 AND ${visible('SEEKS')}))
          AND ($7 = 0 OR ((coalesce(m.themes, 0) & $7) <> 0 AND ${visible('THEMES')}))
          AND ($8 = 0 OR ((CASE WHEN $10 THEN coalesce(m.verified_attributes, 0)
                                ELSE coalesce(m.attributes, 0) END) & $8) = $8)
          AND (NOT $10 OR ($8 <> 0 OR coalesce(m.verified_attributes, 0) <> 0))
          AND (($8 = 0 AND NOT $10) OR ${visible('ATTRIBUTES')})
          AND ($11::text IS NULL OR o.district_key = $11)
          AND ($12::text IS NULL OR to_tsvector('german', o.name || ' ' || coalesce(o.description, ''))
                                    @@ to_tsquery('german', $12))
          AND ($13::float8 IS NULL OR ST_DWithin(o.location,
                 ST_SetSRID(ST_MakePoint($14, $13), 4326)::geography, $15, false))
        GROUP BY o.kind`,
      [
        box.west,
        box.east,
        box.south,
        box.north,
        offers,
        seeks,
        themes,
        attributes,
        levels,
        verified,
        filter.districtKey ?? null,
        filter.text ? textQuery(filter.text) : null,
        filter.near?.location.lat ?? null,
        filter.near?.location.lng ?? null,
        (filter.near?.radiusKm ?? 0) * 1000 * radiusFactor,
      ],
    );
    for (const row of rows) counts[row.kind] = row.n;
    return counts;
  }

  const districts = async () =>
    (
      await dataSource.query<{ district_key: string }[]>(
        `SELECT DISTINCT district_key FROM organisation ORDER BY 1 LIMIT 20`,
      )
    ).map((r) => r.district_key);

  function randomFilter(next: () => number, districtKeys: string[]): MapFilterInput {
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
    const filter: MapFilterInput = {};
    if (next() < 0.3) filter.kinds = KINDS.filter(() => next() < 0.6);
    if (next() < 0.35) filter.offers = [pick(TOPICS).code, pick(TOPICS).code];
    if (next() < 0.3) filter.seeks = [pick(TOPICS).code];
    if (next() < 0.3) filter.themes = [pick(THEMES).code];
    if (next() < 0.2) filter.attributes = [pick(QUALITY_ATTRIBUTES).code];
    if (next() < 0.15) filter.verifiedOnly = true;
    if (next() < 0.15) filter.districtKey = pick(districtKeys);
    if (next() < 0.15)
      filter.text = pick([
        'Tafel',
        'Druckerei',
        'sportverein',
        'Familien',
        'familien sport',
        'die Tafel',
        'und',
      ]);
    return filter;
  }

  /** Germany, or a viewport of a random zoom around a random organisation. */
  async function randomViewport(next: () => number): Promise<MapViewportInput> {
    if (next() < 0.2) return { bounds: { south: 47, west: 5.5, north: 55.2, east: 15.5 }, zoom: 6 };
    const [centre] = await dataSource.query<{ lat: number; lng: number }[]>(
      `SELECT ST_Y(location::geometry) AS lat, ST_X(location::geometry) AS lng
         FROM organisation ORDER BY id OFFSET $1 LIMIT 1`,
      [Math.floor(next() * 3_900)],
    );
    const zoom = 7 + Math.floor(next() * 9);
    const height = 180 / 2 ** zoom;
    const width = height * 1.6;
    const south = (centre?.lat ?? 50) - height * next();
    const west = (centre?.lng ?? 10) - width * next();
    return { bounds: { south, west, north: south + height, east: west + width }, zoom };
  }

  const shown = (counts: Counts, filter: MapFilterInput) =>
    KINDS.filter((k) => !filter.kinds?.length || filter.kinds.includes(k)).reduce(
      (sum, k) => sum + counts[k],
      0,
    );

  it('counts like a brute-force SQL count for random viewports and filter combinations', async () => {
    const next = random(42);
    const districtKeys = await districts();
    let nonZero = 0;
    for (let run = 0; run < 80; run++) {
      const viewport = await randomViewport(next);
      const filter = randomFilter(next, districtKeys);
      const signedIn = next() < 0.5;
      const expected = await bruteForce(viewport, filter, signedIn);
      const features = await service.features(signedIn ? SIGNED_IN : null, viewport, filter);
      const context = JSON.stringify({ run, viewport, filter, signedIn });
      expect(features.totals, context).toEqual({
        zo: expected.ZO,
        kmu: expected.KMU,
        intermediary: expected.INTERMEDIARY,
      });
      expect(features.total, context).toBe(shown(expected, filter));
      // Every counted organisation is in exactly one cluster or shown on its own.
      const inClusters = features.clusters.reduce((sum, c) => sum + c.count, 0);
      expect(inClusters + features.organisations.length, context).toBe(features.total);
      if (features.total > 0) nonZero++;
    }
    expect(nonZero).toBeGreaterThan(25);
  });

  it('counts a radius around a point like ST_DWithin (up to the grid and sphere tolerance)', async () => {
    const next = random(9);
    for (let run = 0; run < 15; run++) {
      const filter: MapFilterInput = {
        near: {
          location: { lat: 48 + next() * 5, lng: 7 + next() * 6 },
          radiusKm: 5 + next() * 60,
        },
      };
      const viewport = { bounds: { south: 47, west: 5.5, north: 55.2, east: 15.5 }, zoom: 9 };
      const features = await service.features(null, viewport, filter);
      const inner = shown(await bruteForce(viewport, filter, false, 0.995), filter);
      const outer = shown(await bruteForce(viewport, filter, false, 1.005), filter);
      expect(features.total).toBeGreaterThanOrEqual(inner);
      expect(features.total).toBeLessThanOrEqual(outer);
    }
  });

  it('never lets a filter match a profile field the viewer may not see', async () => {
    const [org] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO organisation (kind, name, postcode, city, location)
       VALUES ('KMU', 'Verborgene Werkstatt', '24937', 'Flensburg',
               ST_SetSRID(ST_MakePoint(9.4346, 54.7836), 4326)::geography)
       RETURNING id`,
    );
    await dataSource.query(
      `INSERT INTO profile (organisation_id, visibility)
       VALUES ($1, '{"OFFERS": "SIGNED_IN", "THEMES": "CONTACTS"}')`,
      [org?.id],
    );
    await dataSource.query(
      `INSERT INTO match_profile (organisation_id, kind, location, radius_km, offers, themes)
       SELECT id, kind, location, 30, $2, $3 FROM organisation WHERE id = $1`,
      [org?.id, topicMask(['donations']), themeMask(['climate'])],
    );
    await indexes.poll();
    const viewport = {
      bounds: { south: 54.78, west: 9.43, north: 54.79, east: 9.44 },
      zoom: 16,
    };
    const offering = { offers: ['donations'] };
    const anonymous = await service.features(null, viewport, offering);
    const signedIn = await service.features(SIGNED_IN, viewport, offering);
    const byName = (f: typeof anonymous) => f.organisations.map((o) => o.name);
    expect(byName(anonymous)).not.toContain('Verborgene Werkstatt');
    expect(byName(signedIn)).toContain('Verborgene Werkstatt');
    // Themes for contacts only are never matched, not even for signed-in viewers.
    const themed = await service.features(SIGNED_IN, viewport, { themes: ['climate'] });
    expect(byName(themed)).not.toContain('Verborgene Werkstatt');
    // Without a profile filter the organisation itself is public.
    expect(byName(await service.features(null, viewport, {}))).toContain('Verborgene Werkstatt');
  });

  it('follows inserts, moves, profile changes and deletions after a poll', async () => {
    const viewport = { bounds: { south: 53.5, west: 9.9, north: 53.6, east: 10.1 }, zoom: 13 };
    const before = await service.features(null, viewport, {});
    const [org] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO organisation (kind, name, description, postcode, city, location)
       VALUES ('ZO', 'Hafenhelfer Hamburg', 'Helfen am Hafen', '20457', 'Hamburg',
               ST_SetSRID(ST_MakePoint(9.99, 53.545), 4326)::geography)
       RETURNING id`,
    );
    const id = org?.id;
    await indexes.poll();
    const added = await service.features(null, viewport, {});
    expect(added.total).toBe(before.total + 1);
    expect(added.totals.zo).toBe(before.totals.zo + 1);

    const helpers = { seeks: ['helpers-for-events'] };
    expect(
      (await service.features(null, viewport, helpers)).organisations.map((o) => o.id),
    ).not.toContain(id);
    await dataSource.query(`INSERT INTO profile (organisation_id) VALUES ($1)`, [id]);
    await dataSource.query(
      `INSERT INTO match_profile (organisation_id, kind, location, radius_km, seeks)
       SELECT id, kind, location, 30, $2 FROM organisation WHERE id = $1`,
      [id, topicMask(['helpers-for-events'])],
    );
    await indexes.poll();
    const sought = await service.features(null, viewport, { ...helpers, text: 'Hafenhelfer' });
    expect(sought.total).toBe(1);
    expect(sought.organisations[0]?.name).toBe('Hafenhelfer Hamburg');

    await dataSource.query(
      `UPDATE profile SET visibility = '{"SEEKS": "SIGNED_IN"}' WHERE organisation_id = $1`,
      [id],
    );
    await indexes.poll();
    expect(
      (await service.features(null, viewport, helpers)).organisations.map((o) => o.id),
    ).not.toContain(id);

    await dataSource.query(
      `UPDATE organisation SET name = 'Kaikümmerer', location = ST_SetSRID(ST_MakePoint(13.4, 52.5), 4326)::geography WHERE id = $1`,
      [id],
    );
    await indexes.poll();
    expect((await service.features(null, viewport, {})).total).toBe(before.total);
    const renamed = await service.features(
      null,
      { bounds: { south: 52.49, west: 13.39, north: 52.51, east: 13.41 }, zoom: 15 },
      { text: 'Kaikümmerer' },
    );
    expect(renamed.total).toBe(1);

    await dataSource.query(`DELETE FROM organisation WHERE id = $1`, [id]);
    await indexes.poll();
    expect(indexes.size).toBe(
      (await dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM organisation`))[0]
        ?.n,
    );
  });

  it('follows a bulk load that switched the upkeep off and rebuilt the read model', async () => {
    const germany = { bounds: { south: 47, west: 5.5, north: 55.2, east: 15.5 }, zoom: 6 };
    const before = (await service.features(null, germany, {})).total;
    await dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL brueckenschlag.map_sync = 'off'`);
      await seedSyntheticOrganisations((sql, p) => manager.query(sql, p), { count: 300 });
      // Nothing written to the read model yet: the load is invisible to the map.
      const [{ n }] = await manager.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM map_point WHERE NOT deleted`,
      );
      expect(n).toBe(before);
      await manager.query(`SELECT map_point_rebuild()`);
    });
    await indexes.poll();
    expect((await service.features(null, germany, {})).total).toBe(before + 300);
    const [{ n }] = await dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM organisation`,
    );
    expect(indexes.size).toBe(n);
  });

  it('lists a viewport nearest first, as many as the map counts', async () => {
    const viewport = { bounds: { south: 49.3, west: 8.3, north: 49.6, east: 8.8 }, zoom: 11 };
    const features = await service.features(null, viewport, { kinds: ['KMU'] });
    const page = await service.list(null, viewport, { kinds: ['KMU'] }, 0, 20);
    expect(page.total).toBe(features.total);
    expect(page.entries.length).toBe(Math.min(20, features.total));
    const distances = page.entries.map((e) => e.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(page.entries.every((e) => e.organisation.kind === 'KMU')).toBe(true);
    const next = await service.list(null, viewport, { kinds: ['KMU'] }, 20, 20);
    const ids = new Set(page.entries.map((e) => e.organisation.id));
    expect(next.entries.some((e) => ids.has(e.organisation.id))).toBe(false);
  });

  it('gives up on a text lookup that runs out of time, as a text too broad', async () => {
    const repository = new MapRepository(dataSource);
    // The embedded database runs in this thread: nothing can cancel its statements there.
    if (db.flavour === 'native') {
      await expect(
        repository['textLookup'](20, (manager) => manager.query(`SELECT pg_sleep(2)`)),
      ).rejects.toBeInstanceOf(StatementTimeoutError);
    }
    // A text filter whose lookup times out is refused with a specific error.
    const slow = Object.assign(Object.create(repository) as MapRepository, {
      wordMatches: () => Promise.reject(new StatementTimeoutError()),
    });
    const refusing = new MapService(indexes, slow);
    const germany = {
      bounds: { south: 47.2, west: 5.8, north: 55.1, east: 15.1 },
      zoom: 6,
    };
    await expect(
      refusing.features(null, germany, { text: 'ganzneuesworteins' }),
    ).rejects.toBeInstanceOf(TextTooBroadError);
  });

  it('suggests postcodes, places and organisations by name', async () => {
    const postcodes = await service.search({ text: '6815' });
    expect(postcodes.places.map((p) => p.postcode)).toContain('68159');
    expect(postcodes.places.every((p) => p.postcode.startsWith('6815'))).toBe(true);

    const places = await service.search({ text: 'Heidelb' });
    expect(places.places[0]?.name).toBe('Heidelberg');
    expect(places.places[0]?.location.lat).toBeCloseTo(49.4, 0);

    const [named] = await dataSource.query<{ name: string }[]>(
      `SELECT name FROM organisation WHERE kind = 'ZO' ORDER BY name LIMIT 1`,
    );
    const word = named?.name.split(' ')[0] ?? '';
    const found = await service.search({ text: word, near: { lat: 50, lng: 9 } });
    expect(found.organisations.length).toBeGreaterThan(0);
    expect(found.organisations.every((o) => o.organisation.name.includes(word))).toBe(true);
    const distances = found.organisations.map((o) => o.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });
});
