import 'reflect-metadata';
import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import {
  availableOffers,
  counterpartKeys,
  evaluateMatch,
  matchFiltersOf,
  matchSideOf,
  passesMatchFilters,
  searchingSide,
  type MatchOptions,
  type MatchQueryInput,
  type MatchSide,
} from '@bs/domain';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MatchRepository, type RankingRequest } from './match.repository';
import {
  loadMatchIndex,
  randomProfiles,
  seededRandom,
  type PlacedProfile,
} from './testing/random-profiles';

/**
 * The database ranks with the formula of `evaluateMatch`: on a seeded random profile set
 * (1,600 organisations around Mannheim) every pair's SQL score and blockers equal the
 * TypeScript ones, and the query's top of the list equals a brute-force TypeScript ranking
 * over every partner within the radius.
 */
describe('match ranking: SQL and TypeScript agree', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let repository: MatchRepository;
  let profiles: PlacedProfile[];
  const sides = new Map<string, MatchSide>();
  const excluded = new Set<string>();
  const pairKey = (a: string, b: string) => [a, b].sort().join('|');

  beforeAll(async () => {
    db = await startTestDatabase();
    dataSource = new DataSource({ type: 'postgres', url: db.url, installExtensions: false });
    await dataSource.initialize();
    repository = new MatchRepository(dataSource);
    profiles = randomProfiles({ count: 1_600, seed: 20_260_701 });
    await loadMatchIndex(dataSource.manager, profiles);
    for (const p of profiles) sides.set(p.id, matchSideOf(p));
    // A few exclusions, in either direction.
    const random = seededRandom(7);
    const zos = profiles.filter((p) => p.kind === 'ZO');
    const kmus = profiles.filter((p) => p.kind === 'KMU');
    for (let i = 0; i < 60; i++) {
      const zo = zos[Math.floor(random() * zos.length)];
      const kmu = kmus[Math.floor(random() * kmus.length)];
      if (excluded.has(pairKey(zo.id, kmu.id))) continue;
      const [a, b] = i % 2 === 0 ? [zo.id, kmu.id] : [kmu.id, zo.id];
      await dataSource.query(
        `INSERT INTO match_exclusion (organisation_id, partner_id, reason) VALUES ($1, $2, $3)`,
        [a, b, i % 5 === 0 ? 'ENDED' : 'NOT_INTERESTED'],
      );
      excluded.add(pairKey(zo.id, kmu.id));
    }
  }, 300_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.stop();
  });

  /** Sphere distances (km) from one organisation to every other, the query's expression. */
  async function distancesFrom(profile: PlacedProfile): Promise<Map<string, number>> {
    const rows = await dataSource.query<{ id: string; km: number }[]>(
      `SELECT p.organisation_id AS id,
              ST_Distance(p.location, ST_SetSRID(ST_MakePoint($1::float8, $2::float8), 4326)::geography, false) / 1000.0::float8 AS km
         FROM match_profile p`,
      [profile.lng, profile.lat],
    );
    return new Map(rows.map((r) => [r.id, r.km]));
  }

  function request(
    profile: PlacedProfile,
    query: MatchQueryInput,
    page: { limit: number; offset?: number; perTopicLimit: number },
  ): RankingRequest & { options: MatchOptions } {
    const side = searchingSide(sides.get(profile.id) as MatchSide, query.radiusKm);
    const options: MatchOptions = {
      startWithinDays: query.startWithinDays ?? null,
      minGroupSize: query.minGroupSize ?? null,
      onlyVerifiedFor: query.onlyVerified ? side.id : null,
    };
    const filters = matchFiltersOf(query);
    return {
      options,
      searcher: side,
      searcherOffers: availableOffers(side, options),
      location: { lat: profile.lat, lng: profile.lng },
      radiusKm: side.radiusKm,
      onlyVerified: Boolean(query.onlyVerified),
      startWithinDays: options.startWithinDays ?? null,
      minGroupSize: options.minGroupSize ?? null,
      filters,
      keys: counterpartKeys(side, filters.topics),
      perTopicLimit: page.perTopicLimit,
      limit: page.limit,
      offset: page.offset ?? 0,
      viewer: null,
    };
  }

  /** Every counterpart of `profile` evaluated in TypeScript, best first, with the filters. */
  async function bruteForce(profile: PlacedProfile, query: MatchQueryInput) {
    const km = await distancesFrom(profile);
    const { searcher, options, filters } = request(profile, query, { limit: 1, perTopicLimit: 1 });
    const results = profiles.flatMap((other) => {
      if (other.kind === profile.kind) return [];
      const partner = sides.get(other.id) as MatchSide;
      const [zo, kmu] = searcher.kind === 'ZO' ? [searcher, partner] : [partner, searcher];
      const distance = km.get(other.id) as number;
      const result = evaluateMatch(zo, kmu, distance, {
        ...options,
        excluded: excluded.has(pairKey(profile.id, other.id)),
      });
      if (!result.matches || !passesMatchFilters(result.score, partner, filters)) return [];
      return [{ id: other.id, score: result.score.score, km: distance }];
    });
    return results.sort(
      (a, b) => b.score - a.score || a.km - b.km || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  }

  const QUERIES: MatchQueryInput[] = [
    {},
    { radiusKm: 80 },
    { radiusKm: 12 },
    { startWithinDays: 14, minGroupSize: 5 },
    { onlyVerified: true },
    { topics: ['volunteers', 'team-days', 'expertise-it'], themes: ['sport', 'education', 'care'] },
  ];

  it('scores thousands of sampled pairs alike (within 1e-9) and blocks the same pairs', async () => {
    const random = seededRandom(99);
    let compared = 0;
    for (let i = 0; i < 48; i++) {
      const profile = profiles[Math.floor(random() * profiles.length)];
      const query = QUERIES[i % QUERIES.length];
      const expected = await bruteForce(profile, query);
      const ranked = await repository.rank(
        request(profile, query, { limit: 10_000, perTopicLimit: 10_000 }),
      );
      expect(ranked.truncated).toBe(false);
      // Same pairs match (everything else is blocked or filtered out in both).
      expect(ranked.rows.map((r) => r.side.id).sort()).toEqual(expected.map((e) => e.id).sort());
      const byId = new Map(expected.map((e) => [e.id, e]));
      for (const row of ranked.rows) {
        expect(Math.abs(row.score - (byId.get(row.side.id)?.score ?? NaN))).toBeLessThan(1e-9);
      }
      compared += ranked.rows.length;
    }
    expect(compared).toBeGreaterThan(2_000);
  }, 300_000);

  it('returns the brute-force top of the list, page by page, when no per-topic list is full', async () => {
    const random = seededRandom(123);
    for (let i = 0; i < 24; i++) {
      const profile = profiles[Math.floor(random() * profiles.length)];
      const query = QUERIES[i % QUERIES.length];
      const expected = await bruteForce(profile, query);
      for (const offset of [0, 20]) {
        const page = await repository.rank(
          request(profile, query, { limit: 20, offset, perTopicLimit: 400 }),
        );
        expect(page.truncated).toBe(false);
        if (offset < expected.length) expect(page.total).toBe(expected.length);
        expect(page.rows.map((r) => r.side.id)).toEqual(
          expected.slice(offset, offset + 20).map((e) => e.id),
        );
      }
    }
  }, 300_000);

  it('says when a small per-topic limit may have left partners out, and still ranks its pool', async () => {
    const profile = profiles.find((p) => counterpartKeys(sides.get(p.id) as MatchSide).length >= 4);
    if (!profile) throw new Error('no searcher with four topics');
    const page = await repository.rank(
      request(profile, { radiusKm: 80 }, { limit: 50, perTopicLimit: 3 }),
    );
    expect(page.truncated).toBe(true);
    const expected = new Map(
      (await bruteForce(profile, { radiusKm: 80 })).map((e) => [e.id, e.score]),
    );
    for (const row of page.rows) {
      expect(Math.abs(row.score - (expected.get(row.side.id) ?? NaN))).toBeLessThan(1e-9);
    }
    const scores = page.rows.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  }, 120_000);
});
