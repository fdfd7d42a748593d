import { readFileSync } from 'node:fs';
import {
  evidenceMask,
  QUALITY_ATTRIBUTES,
  QUALITY_CRITERIA,
  TOPICS,
  type PartnerKind,
} from '@bs/domain';
import type { Client } from 'pg';

/**
 * A stand-in data set for developing the matching benchmark when the full synthetic national
 * data (another tool) is not loaded: organisations spread over German postcode centroids (so
 * cities are dense and the countryside sparse), match profiles with natural topic directions,
 * topic frequencies from common to rare, attributes, a few required criteria, offer terms.
 * Written in SQL so a few million rows load in minutes. Only ever into an empty database.
 */
export async function generateBenchData(
  db: Client,
  count: number,
  postcodeFile: string,
  log: (line: string) => void,
): Promise<void> {
  const [{ n }] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM organisation`))
    .rows as [{ n: number }];
  if (n > 0) throw new Error(`Refusing to generate: the database already holds ${n} organisations`);

  const places = readFileSync(postcodeFile, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .filter((f) => f.length >= 11 && /^\d{5}$/.test(f[1] ?? ''))
    .map((f) => ({ postcode: f[1], place: f[2], lat: Number(f[9]), lng: Number(f[10]) }))
    .filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lng));
  await db.query(
    `CREATE TEMP TABLE bench_place (id serial PRIMARY KEY, postcode char(5), place text, lat float8, lng float8)`,
  );
  await db.query(
    `INSERT INTO bench_place (postcode, place, lat, lng)
     SELECT postcode, left(place, 120), lat, lng
       FROM jsonb_to_recordset($1::jsonb) AS r(postcode text, place text, lat float8, lng float8)`,
    [JSON.stringify(places)],
  );

  // Topic frequencies from common (30 %) to rare (0.3 %), by natural direction per kind.
  const allowed = (kind: PartnerKind, direction: 'offeredBy' | 'soughtBy') =>
    TOPICS.map((t, bit) => ({ t, bit })).filter(({ t }) =>
      (t[direction] as readonly string[]).includes(kind),
    );
  const topicRows = TOPICS.map((t, bit) => ({
    bit,
    p: bit % 7 === 6 ? 0.003 : 0.3 / (1 + (bit % 5)),
    zo_offers: allowed('ZO', 'offeredBy').some((a) => a.bit === bit),
    zo_seeks: allowed('ZO', 'soughtBy').some((a) => a.bit === bit),
    kmu_offers: allowed('KMU', 'offeredBy').some((a) => a.bit === bit),
    kmu_seeks: allowed('KMU', 'soughtBy').some((a) => a.bit === bit),
    effortful: t.effortful,
  }));
  await db.query(
    `CREATE TEMP TABLE bench_topic AS SELECT * FROM jsonb_to_recordset($1::jsonb)
       AS r(bit int, p float8, zo_offers bool, zo_seeks bool, kmu_offers bool, kmu_seeks bool, effortful bool)`,
    [JSON.stringify(topicRows)],
  );
  const attributeBits = (kind: PartnerKind) =>
    QUALITY_ATTRIBUTES.map((a, bit) => ({ a, bit }))
      .filter(({ a }) => a.heldBy === kind)
      .map(({ bit }) => bit);
  const criteria = (kind: PartnerKind) =>
    QUALITY_CRITERIA.filter((c) => c.appliesTo === kind).map((c) => evidenceMask(c.code));

  const started = Date.now();
  await db.query(
    `INSERT INTO organisation (kind, name, postcode, city, location)
     SELECT CASE WHEN r.z < 0.155 THEN 'ZO' ELSE 'KMU' END::organisation_kind,
            'Bench ' || r.g, p.postcode, p.place,
            ST_SetSRID(ST_MakePoint(p.lng + (random() - 0.5) * 0.05, p.lat + (random() - 0.5) * 0.035), 4326)::geography
       FROM (SELECT g, random() AS z, 1 + floor(random() * (SELECT count(*) FROM bench_place))::int AS pick
               FROM generate_series(1, $1::int) g) r
       JOIN bench_place p ON p.id = r.pick`,
    [count],
  );
  log(`organisations: ${count} in ${Math.round((Date.now() - started) / 1000)} s`);

  const mask = (column: string) =>
    `(SELECT coalesce(sum(1 << t.bit), 0)::int FROM bench_topic t WHERE t.${column} AND random() < t.p AND o.id IS NOT NULL)`;
  const bitsMask = (bits: number[], p: number) =>
    `(SELECT coalesce(sum(1 << b), 0)::int FROM unnest('{${bits.join(',')}}'::int[]) b WHERE random() < ${p} AND o.id IS NOT NULL)`;
  for (const kind of ['ZO', 'KMU'] as const) {
    const lower = kind.toLowerCase();
    const required = criteria(kind === 'ZO' ? 'KMU' : 'ZO');
    await db.query(
      `INSERT INTO match_profile (organisation_id, kind, location, radius_km, offers, seeks, themes,
              attributes, verified_attributes, required_criteria, require_verified, readiness, ratings)
       SELECT o.id, o.kind, o.location, (ARRAY[10, 20, 30, 30, 30, 50, 80])[1 + floor(random() * 7)::int],
              ${mask(`${lower}_offers`)}, ${mask(`${lower}_seeks`)},
              (SELECT coalesce(sum(1 << b), 0)::int FROM generate_series(0, 15) b WHERE random() < 0.15 AND o.id IS NOT NULL),
              a.attrs, a.attrs & ${bitsMask(attributeBits(kind), 0.5)},
              CASE WHEN random() < 0.05 THEN ARRAY[(ARRAY[${required.join(',')}])[1 + floor(random() * ${required.length})::int]] ELSE '{}'::int[] END,
              random() < 0.05,
              round(random()::numeric, 3)::float8,
              (SELECT string_agg((ARRAY['R','Y','G'])[1 + floor(random() * 3)::int], '') FROM generate_series(1, 7) WHERE o.id IS NOT NULL)
         FROM organisation o
         CROSS JOIN LATERAL (SELECT ${bitsMask(attributeBits(kind), 0.2)} AS attrs) a
        WHERE o.kind = '${kind}'`,
    );
    log(`match_profile ${kind}: ${Math.round((Date.now() - started) / 1000)} s`);
  }
  await db.query(`DELETE FROM match_profile WHERE offers = 0 AND seeks = 0`);
  await db.query(
    `INSERT INTO match_topic (organisation_id, key, location, lead_time_days, group_size)
     SELECT p.organisation_id, (t.bit * 4 + d.dir * 2 + (p.kind = 'KMU')::int)::smallint, p.location,
            CASE WHEN d.dir = 0 AND t.effortful AND random() < 0.3 THEN floor(random() * 60)::int END,
            CASE WHEN d.dir = 0 AND t.effortful AND random() < 0.3 THEN 1 + floor(random() * 20)::int END
       FROM match_profile p
       CROSS JOIN (VALUES (0), (1)) AS d(dir)
       JOIN bench_topic t ON ((CASE WHEN d.dir = 0 THEN p.offers ELSE p.seeks END) & (1 << t.bit)) <> 0`,
  );
  log(`match_topic: ${Math.round((Date.now() - started) / 1000)} s`);
  await db.query(`ANALYZE organisation`);
  await db.query(`ANALYZE match_profile`);
  await db.query(`ANALYZE match_topic`);
}
