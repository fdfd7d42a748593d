import { MAX_MASK_BITS, QUALITY_ATTRIBUTES, THEMES, TOPICS } from '@bs/domain';

/** Runs one SQL statement (e.g. `dataSource.query` or a pg client's query). */
export type SqlRun = (sql: string, parameters?: unknown[]) => Promise<unknown>;

export interface SyntheticOrganisationsOptions {
  count: number;
  /** Same seed, same data when `run` uses one connection (`setseed`, between -1 and 1). */
  seed?: number;
  /** Share of organisations with a profile (ZO and KMU only). */
  profileShare?: number;
  /** Share of profiles showing their offers to signed-in organisations only. */
  signedInOffersShare?: number;
}

/**
 * Inserts `count` organisations scattered around the postcodes of the imported geodata (so
 * they lie in Germany, with district and Land), with names and descriptions for text search,
 * and profiles with random topic, theme and attribute masks in the match index. For tests,
 * the browser test and local development, not for the benchmark data set.
 */
export async function seedSyntheticOrganisations(
  run: SqlRun,
  {
    count,
    seed = 0.42,
    profileShare = 0.7,
    signedInOffersShare = 0.15,
  }: SyntheticOrganisationsOptions,
): Promise<void> {
  const bits = (table: readonly unknown[]) => Math.min(MAX_MASK_BITS, table.length);
  await run(`SELECT setseed($1)`, [seed]);
  // Masks with a few random bits each (bit k of a table with n codes), per organisation.
  const mask = (n: number, p: number) =>
    `(SELECT coalesce(bit_or(1 << b), 0) FROM generate_series(0, ${n - 1}) AS b
       WHERE random() < ${p} AND c.id IS NOT NULL)`;
  // One statement: only the organisations created here get profiles (never existing ones).
  await run(
    `WITH pc AS (
       SELECT array_agg(postcode ORDER BY postcode) AS codes, count(*)::int AS n
         FROM postcode WHERE NOT large_customer AND district_key IS NOT NULL),
     raw AS (
       SELECT g, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5
         FROM generate_series(1, $1) AS g),
     created AS (
       INSERT INTO organisation (kind, name, description, postcode, city, location, district_key,
                                 land_key)
       SELECT kind, name, description, p.postcode, p.place,
              ST_Project(p.location, (raw.r2 * 4000)::float8, (raw.r3 * 2 * pi())::float8),
              p.district_key, left(p.district_key, 2)
         FROM raw
         CROSS JOIN pc
         JOIN postcode p ON p.postcode = pc.codes[1 + floor(raw.r1 * pc.n)::int]
         CROSS JOIN LATERAL (
           SELECT (CASE WHEN raw.r4 < 0.22 THEN 'ZO' WHEN raw.r4 < 0.99 THEN 'KMU'
                        ELSE 'INTERMEDIARY' END)::organisation_kind AS kind,
                  (ARRAY['Sportverein', 'Tafel', 'Bürgerstiftung', 'Musikverein',
                         'Nachbarschaftshilfe', 'Jugendwerk'])[1 + floor(raw.r5 * 6)::int]
                    || ' ' || p.place || ' ' || raw.g AS zo_name,
                  (ARRAY['Schreinerei', 'Druckerei', 'Elektrotechnik', 'Bäckerei',
                         'Steuerberatung', 'Softwarehaus'])[1 + floor(raw.r5 * 6)::int]
                    || ' ' || (ARRAY['Müller', 'Schmidt', 'Weber', 'Becker'])[1 + raw.g % 4]
                    || ' GmbH ' || raw.g AS kmu_name) AS names
         CROSS JOIN LATERAL (
           SELECT CASE kind WHEN 'KMU' THEN kmu_name
                            WHEN 'ZO' THEN zo_name
                            ELSE 'Freiwilligenagentur ' || p.place || ' ' || raw.g END AS name,
                  CASE kind WHEN 'KMU' THEN 'Handwerk und Dienstleistung in der Region.'
                            ELSE 'Engagement für Kinder, Familien und Senioren.' END
                    AS description) AS texts
       RETURNING id, kind, location),
     profiled AS (
       SELECT c.*, random() AS roll, ${mask(bits(QUALITY_ATTRIBUTES), 0.2)} AS attributes
         FROM created c
        WHERE c.kind IN ('ZO', 'KMU') AND random() < $2),
     profiles AS (
       INSERT INTO profile (organisation_id, visibility)
       SELECT id, CASE WHEN roll < $3 THEN '{"OFFERS": "SIGNED_IN"}'::jsonb
                       WHEN roll < $3 + 0.05 THEN '{"THEMES": "CONTACTS"}'::jsonb
                       ELSE '{}'::jsonb END
         FROM profiled
       RETURNING organisation_id)
     INSERT INTO match_profile (organisation_id, kind, location, radius_km, offers, seeks, themes,
                                attributes, verified_attributes)
     SELECT c.id, c.kind, c.location, 30, ${mask(bits(TOPICS), 0.12)}, ${mask(bits(TOPICS), 0.12)},
            ${mask(bits(THEMES), 0.15)}, c.attributes,
            c.attributes & ${mask(bits(QUALITY_ATTRIBUTES), 0.4)}
       FROM profiled c JOIN profiles p ON p.organisation_id = c.id`,
    [count, profileShare, signedInOffersShare],
  );
}
