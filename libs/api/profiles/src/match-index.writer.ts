import {
  matchSideOf,
  matchTopicRows,
  ratingsFromLetters,
  ratingsToLetters,
  type IndexedEntry,
  type IndexedProfile,
  type PartnerKind,
} from '@bs/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

interface ProfileSourceRow {
  organisation_id: string;
  kind: PartnerKind;
  radius_km: number;
  require_verified: boolean;
  readiness: number | null;
  ratings: string | null;
  entries: {
    category: IndexedEntry['category'];
    code: string;
    direction: IndexedEntry['direction'];
    verified: boolean;
    lead_time_days: number | null;
    group_size: number | null;
  }[];
}

/**
 * Loads what the match index needs of the given organisations' profiles: settings,
 * readiness and the effective entries (hidden ones left out). Organisations without a
 * profile, and intermediaries, are not returned.
 */
export async function loadIndexedProfiles(
  manager: EntityManager,
  organisationIds: readonly string[],
): Promise<IndexedProfile[]> {
  if (organisationIds.length === 0) return [];
  const rows = await manager.query<ProfileSourceRow[]>(
    `SELECT p.organisation_id, o.kind, p.radius_km, p.require_verified, p.readiness, p.ratings,
            COALESCE((SELECT json_agg(json_build_object(
                        'category', e.category, 'code', e.code, 'direction', e.direction,
                        'verified', e.verified_at IS NOT NULL,
                        'lead_time_days', e.lead_time_days, 'group_size', e.group_size)
                        ORDER BY e.id)
                        FROM profile_entry e
                       WHERE e.organisation_id = p.organisation_id
                         AND (e.from_check OR e.manual) AND NOT e.hidden), '[]') AS entries
       FROM profile p JOIN organisation o ON o.id = p.organisation_id
      WHERE p.organisation_id = ANY($1::uuid[]) AND o.kind IN ('ZO', 'KMU')`,
    [organisationIds],
  );
  return rows.map((row) => ({
    id: row.organisation_id,
    kind: row.kind,
    radiusKm: row.radius_km,
    requireVerified: row.require_verified,
    readiness: row.readiness,
    ratings: ratingsFromLetters(row.ratings),
    entries: row.entries.map((e) => ({
      category: e.category,
      code: e.code,
      direction: e.direction,
      verified: e.verified,
      leadTimeDays: e.lead_time_days,
      groupSize: e.group_size,
    })),
  }));
}

/** The columns of one `match_profile` row, in the order of `MATCH_PROFILE_COLUMNS`. */
export function matchProfileValues(profile: IndexedProfile): unknown[] {
  const side = matchSideOf(profile);
  return [
    side.id,
    side.kind,
    side.radiusKm,
    side.offers,
    side.seeks,
    side.themes,
    side.attributes,
    side.verifiedAttributes,
    side.requiredCriteria,
    side.requireVerified,
    side.readiness,
    profile.ratings ? ratingsToLetters(profile.ratings) : null,
  ];
}

export const MATCH_PROFILE_COLUMNS = [
  'organisation_id',
  'kind',
  'radius_km',
  'offers',
  'seeks',
  'themes',
  'attributes',
  'verified_attributes',
  'required_criteria',
  'require_verified',
  'readiness',
  'ratings',
] as const;

/**
 * The columns of an organisation's `match_profile` row that each of its `match_topic` rows
 * repeats, so ranking scores candidates straight from the rows the nearest-first walk found.
 */
export const MATCH_TOPIC_SIDE_COLUMNS = [
  'radius_km',
  'offers',
  'seeks',
  'themes',
  'attributes',
  'verified_attributes',
  'required_criteria',
  'require_verified',
  'readiness',
] as const satisfies readonly (typeof MATCH_PROFILE_COLUMNS)[number][];

/** The `match_topic` rows of one organisation: key, offer limits and the repeated side. */
export function matchTopicValues(profile: IndexedProfile): unknown[][] {
  const values = matchProfileValues(profile);
  const side = MATCH_TOPIC_SIDE_COLUMNS.map((c) => values[MATCH_PROFILE_COLUMNS.indexOf(c)]);
  return matchTopicRows(profile).map((t) => [
    profile.id,
    t.key,
    t.leadTimeDays,
    t.groupSize,
    ...side,
  ]);
}

export const MATCH_TOPIC_COLUMNS = [
  'organisation_id',
  'key',
  'lead_time_days',
  'group_size',
  ...MATCH_TOPIC_SIDE_COLUMNS,
] as const;

/**
 * Writes the match-index rows of the given profiles (their organisations must exist and have
 * no rows yet): one `match_profile` row each, and its `match_topic` rows repeating the side
 * from that row. The one place that turns profiles into index rows for the database.
 */
export async function writeIndexRows(
  manager: EntityManager,
  profiles: readonly IndexedProfile[],
): Promise<void> {
  if (profiles.length === 0) return;
  const sides = profiles.map((p) => {
    const values = matchProfileValues(p);
    return Object.fromEntries(MATCH_PROFILE_COLUMNS.map((c, i) => [c, values[i]]));
  });
  await manager.query(
    `INSERT INTO match_profile (${MATCH_PROFILE_COLUMNS.join(', ')}, location)
     SELECT r.organisation_id, r.kind::organisation_kind, r.radius_km, r.offers, r.seeks,
            r.themes, r.attributes, r.verified_attributes, r.required_criteria,
            r.require_verified, r.readiness, r.ratings, o.location
       FROM jsonb_to_recordset($1::jsonb) AS r(organisation_id uuid, kind text,
            radius_km smallint, offers int, seeks int, themes int, attributes int,
            verified_attributes int, required_criteria int[], require_verified boolean,
            readiness float8, ratings char(7))
       JOIN organisation o ON o.id = r.organisation_id`,
    [JSON.stringify(sides)],
  );
  const topics = profiles.flatMap((p) =>
    matchTopicRows(p).map((row) => ({
      organisation_id: p.id,
      key: row.key,
      lead_time_days: row.leadTimeDays,
      group_size: row.groupSize,
    })),
  );
  if (topics.length === 0) return;
  await manager.query(
    `INSERT INTO match_topic (organisation_id, key, lead_time_days, group_size, location,
                              ${MATCH_TOPIC_SIDE_COLUMNS.join(', ')})
     SELECT r.organisation_id, r.key, r.lead_time_days, r.group_size, m.location,
            ${MATCH_TOPIC_SIDE_COLUMNS.map((c) => `m.${c}`).join(', ')}
       FROM jsonb_to_recordset($1::jsonb) AS r(organisation_id uuid, key smallint,
            lead_time_days smallint, group_size smallint)
       JOIN match_profile m ON m.organisation_id = r.organisation_id`,
    [JSON.stringify(topics)],
  );
}

/**
 * Keeps the match index in step with profiles. `refresh` rewrites the rows of the given
 * organisations from their profiles and must run in the transaction that changed them;
 * `rebuild` rewrites the whole index (after a taxonomy reordering, or to check agreement).
 */
@Injectable()
export class MatchIndexWriter {
  async refresh(manager: EntityManager, organisationIds: readonly string[]): Promise<void> {
    if (organisationIds.length === 0) return;
    await manager.query(`DELETE FROM match_profile WHERE organisation_id = ANY($1::uuid[])`, [
      organisationIds,
    ]);
    await writeIndexRows(manager, await loadIndexedProfiles(manager, organisationIds));
  }

  /** Rewrites the whole index from the profiles, in batches, inside the caller's transaction. */
  async rebuild(manager: EntityManager, batchSize = 2_000): Promise<number> {
    await manager.query(`TRUNCATE match_topic, match_profile`);
    let last = '00000000-0000-0000-0000-000000000000';
    let count = 0;
    for (;;) {
      const ids = (
        await manager.query<{ organisation_id: string }[]>(
          `SELECT organisation_id FROM profile WHERE organisation_id > $1
            ORDER BY organisation_id LIMIT $2`,
          [last, batchSize],
        )
      ).map((r) => r.organisation_id);
      if (ids.length === 0) return count;
      await this.refresh(manager, ids);
      count += ids.length;
      last = ids[ids.length - 1] ?? last;
    }
  }
}
