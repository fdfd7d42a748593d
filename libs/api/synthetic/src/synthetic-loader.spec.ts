import 'reflect-metadata';
import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import { MatchIndexWriter } from '@bs/api/profiles';
import { importGeodata } from '@bs/api/regions';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loadSyntheticData,
  SyntheticLoadRefused,
  type SyntheticLoadResult,
} from './synthetic-loader';
import { testGeoDataDir } from './testing/real-geography';

/** Every index and key of the public schema, as the catalog describes them. */
async function schemaSnapshot(dataSource: DataSource) {
  const indexes = await dataSource.query<{ indexname: string; indexdef: string }[]>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`,
  );
  const constraints = await dataSource.query<
    { conname: string; table: string; def: string; convalidated: boolean }[]
  >(
    `SELECT c.conname, c.conrelid::regclass::text AS table, pg_get_constraintdef(c.oid) AS def,
            c.convalidated
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE n.nspname = 'public' ORDER BY c.conrelid::regclass::text, c.conname`,
  );
  return { indexes, constraints };
}

const MATCH_ROWS = {
  profile: `SELECT organisation_id, kind, radius_km, offers, seeks, themes, attributes,
                   verified_attributes, required_criteria, require_verified, readiness, ratings,
                   ST_AsEWKT(location) AS location
              FROM match_profile ORDER BY organisation_id`,
  topic: `SELECT organisation_id, key, lead_time_days, group_size, radius_km, offers, seeks, themes,
                 attributes, verified_attributes, required_criteria, require_verified, readiness,
                 ST_AsEWKT(location) AS location, ST_AsEWKT(pos) AS pos
            FROM match_topic ORDER BY organisation_id, key`,
};

/**
 * COPY needs a PostgreSQL server: pglite-socket cannot carry the COPY FROM STDIN
 * sub-protocol (electric-sql/pglite#1028), so without TEST_DATABASE_URL this file is skipped.
 * CI sets TEST_DATABASE_URL.
 */
describe.skipIf(!process.env['TEST_DATABASE_URL'])(
  'loadSyntheticData (scale 0.002 into a migrated database with geodata)',
  () => {
    let db: TestDatabase;
    let dataSource: DataSource;
    let before: Awaited<ReturnType<typeof schemaSnapshot>>;
    let result: SyntheticLoadResult;
    const log: string[] = [];

    beforeAll(async () => {
      db = await startTestDatabase();
      dataSource = new DataSource({ type: 'postgres', url: db.url, installExtensions: false });
      await dataSource.initialize();
      await importGeodata(dataSource, testGeoDataDir);
      before = await schemaSnapshot(dataSource);
      result = await loadSyntheticData(dataSource, {
        scale: 0.002,
        seed: 42,
        replace: false,
        geoDataDir: testGeoDataDir,
        batchSize: 1_500,
        log: (message) => log.push(message),
      });
    });
    afterAll(async () => {
      await dataSource?.destroy();
      await db?.stop();
    });

    it('loads the planned organisations of each kind, each with a district and Land', async () => {
      const kinds = await dataSource.query<{ kind: string; n: number }[]>(
        `SELECT kind, count(*)::int AS n FROM organisation GROUP BY kind ORDER BY kind`,
      );
      expect(kinds).toEqual([
        { kind: 'ZO', n: 1_240 },
        { kind: 'KMU', n: 6_800 },
        { kind: 'INTERMEDIARY', n: 2 },
      ]);
      const [placed] = await dataSource.query<
        { missing: number; outside: number; districts: number }[]
      >(
        `SELECT count(*) FILTER (WHERE o.district_key IS NULL OR o.land_key IS NULL)::int AS missing,
              count(*) FILTER (WHERE NOT ST_Intersects(d.geom::geometry, o.location::geometry))::int AS outside,
              count(DISTINCT o.district_key)::int AS districts
         FROM organisation o LEFT JOIN district d ON d.key = o.district_key`,
      );
      expect(placed).toEqual({ missing: 0, outside: 0, districts: 401 });
      expect(result.rows['organisation']).toBe(8_042);
    });

    it('writes one completed assessment and profile per ZO and KMU, consistent with each other', async () => {
      const [counts] = await dataSource.query<Record<string, number>[]>(
        `SELECT (SELECT count(*) FROM assessment WHERE status = 'COMPLETED')::int AS assessments,
              (SELECT count(*) FROM profile p JOIN assessment a ON a.id = p.assessment_id
                WHERE a.organisation_id = p.organisation_id AND p.derived_at = a.completed_at
                  AND p.check_template = a.template AND p.check_version = a.version)::int AS profiles,
              (SELECT count(*) FROM profile_entry WHERE from_check AND NOT manual)::int AS entries,
              (SELECT count(*) FROM match_profile)::int AS match_profiles,
              (SELECT count(*) FROM intermediary_district)::int AS served`,
      );
      expect(counts).toEqual({
        assessments: 8_040,
        profiles: 8_040,
        entries: result.rows['profile_entry'],
        match_profiles: 8_040,
        served: 2,
      });
    });

    it('leaves the schema exactly as migrated: same keys and indexes, all validated', async () => {
      expect(await schemaSnapshot(dataSource)).toEqual(before);
      expect(log.some((line) => /^Dropped \d+ keys and \d+ indexes/.test(line))).toBe(true);
      expect(result.phases.map((p) => p.name)).toContain('analyze');
    });

    it('loads the match index exactly as MatchIndexWriter.rebuild writes it', async () => {
      const loaded = {
        profile: await dataSource.query<unknown[]>(MATCH_ROWS.profile),
        topic: await dataSource.query<unknown[]>(MATCH_ROWS.topic),
      };
      expect(loaded.topic.length).toBe(result.rows['match_topic']);
      const rebuilt = await dataSource.transaction(async (manager) => {
        expect(await new MatchIndexWriter().rebuild(manager)).toBe(8_040);
        return {
          profile: await manager.query<unknown[]>(MATCH_ROWS.profile),
          topic: await manager.query<unknown[]>(MATCH_ROWS.topic),
        };
      });
      expect(rebuilt.profile).toEqual(loaded.profile);
      expect(rebuilt.topic).toEqual(loaded.topic);
    });

    it('refuses to load over existing data without replace, and replaces it with replace', async () => {
      const options = { scale: 0.001, seed: 7, geoDataDir: testGeoDataDir, batchSize: 2_000 };
      await expect(loadSyntheticData(dataSource, { ...options, replace: false })).rejects.toThrow(
        SyntheticLoadRefused,
      );
      const replaced = await loadSyntheticData(dataSource, { ...options, replace: true });
      const [{ n }] = await dataSource.query<[{ n: number }]>(
        `SELECT count(*)::int AS n FROM organisation`,
      );
      expect(n).toBe(replaced.plan.size);
      expect(n).toBeLessThan(8_042);
      expect(await schemaSnapshot(dataSource)).toEqual(before);
    });
  },
);
