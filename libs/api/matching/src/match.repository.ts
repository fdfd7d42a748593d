import {
  counterpartKind,
  MATCH_WEIGHTS,
  ONE_SIDED_CEILING,
  parseMatchTopicKey,
  ratingsFromLetters,
  TOPICS,
  type MatchFilters,
  type MatchSide,
  type OfferLimits,
  type OrganisationKind,
  type PartnerKind,
} from '@bs/domain';
import { relationColumns, type RelationRow } from '@bs/api/access';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  PARTNER_JOINS,
  partnerColumns,
  partnerSummaryOf,
  type PartnerSummaryDbRow,
  type PartnerSummaryRow,
  type SummaryViewer,
} from './partner-summaries';
import { runStatement } from '@bs/api/database';

/** How many nearest partners per topic and direction are considered (see docs/matching.md). */
export const DEFAULT_PER_TOPIC_LIMIT = 100;

/** A match_profile row with its offered topics' limits, as the database returns it. */
interface SideRow {
  organisation_id: string;
  kind: PartnerKind;
  radius_km: number;
  offers: number;
  seeks: number;
  themes: number;
  attributes: number;
  verified_attributes: number;
  required_criteria: number[];
  require_verified: boolean;
  readiness: number | null;
  ratings: string | null;
  lng: number;
  lat: number;
  limits: { key: number; lead_time_days: number | null; group_size: number | null }[] | null;
}

/** The columns of a match_profile row that make a `MatchSide` (`p` is the row's alias). */
const SIDE_COLUMNS = `p.organisation_id, p.kind, p.radius_km, p.offers, p.seeks, p.themes, p.attributes,
  p.verified_attributes, p.required_criteria, p.require_verified, p.readiness, p.ratings,
  ST_X(p.location::geometry) AS lng, ST_Y(p.location::geometry) AS lat,
  (SELECT json_agg(json_build_object('key', t.key, 'lead_time_days', t.lead_time_days,
                                     'group_size', t.group_size))
     FROM match_topic t
    WHERE t.organisation_id = p.organisation_id
      AND (t.lead_time_days IS NOT NULL OR t.group_size IS NOT NULL)) AS limits`;

function sideOf(row: SideRow): MatchSide {
  const offerLimits: Record<string, OfferLimits> = {};
  for (const limit of row.limits ?? []) {
    const { position, direction } = parseMatchTopicKey(limit.key);
    const code = TOPICS[position]?.code;
    if (code && direction === 'OFFERS') {
      offerLimits[code] = { leadTimeDays: limit.lead_time_days, groupSize: limit.group_size };
    }
  }
  return {
    id: row.organisation_id,
    kind: row.kind,
    offers: row.offers,
    seeks: row.seeks,
    themes: row.themes,
    attributes: row.attributes,
    verifiedAttributes: row.verified_attributes,
    requiredCriteria: row.required_criteria,
    requireVerified: row.require_verified,
    readiness: row.readiness,
    ratings: ratingsFromLetters(row.ratings),
    radiusKm: row.radius_km,
    offerLimits,
  };
}

function searcherOf(row: Partial<SideRow> & { id: string; org_kind: OrganisationKind }): Searcher {
  return {
    id: row.id,
    kind: row.org_kind,
    side: row.organisation_id ? sideOf(row as SideRow) : null,
    location:
      row.lat !== undefined && row.lat !== null && row.lng !== undefined && row.lng !== null
        ? { lat: row.lat, lng: row.lng }
        : null,
  };
}

/** An organisation that asks for matches: its kind, and its match side if it has a profile. */
export interface Searcher {
  id: string;
  kind: OrganisationKind;
  side: MatchSide | null;
  location: { lat: number; lng: number } | null;
}

/** What the ranking query needs; the searcher's offers already reduced to the available ones. */
export interface RankingRequest {
  searcher: MatchSide;
  /** The searcher's offers that count under the lead-time and group-size wishes. */
  searcherOffers: number;
  location: { lat: number; lng: number };
  radiusKm: number;
  onlyVerified: boolean;
  startWithinDays: number | null;
  minGroupSize: number | null;
  filters: MatchFilters;
  /** Per-topic keys to search (see `counterpartKeys`). */
  keys: readonly number[];
  perTopicLimit: number;
  limit: number;
  offset: number;
  /** Who asks: the page's partner summaries say what this viewer may see of them. */
  viewer: SummaryViewer;
}

/**
 * One ranked partner: its side (offers reduced to the available ones), distance, score and
 * summary for the viewer.
 */
export interface RankedRow {
  side: MatchSide;
  km: number;
  score: number;
  partner: PartnerSummaryRow;
}

export interface RankedPage {
  rows: RankedRow[];
  /** Matches in the candidate pool (every page together). */
  total: number;
  /** Some per-topic list hit its limit: partners farther away may be missing. */
  truncated: boolean;
}

interface RankedDbRow
  extends Omit<SideRow, 'lng' | 'lat' | 'limits' | 'kind'>, PartnerSummaryDbRow {
  km: number;
  score: number;
  total: number;
  truncated: boolean;
}

/** Positional parameters with their SQL types. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown, type: string): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }
}

const bits = (expression: string) => `bit_count((${expression})::bit(32))`;

/**
 * The ranking query: candidates from the per-topic GiST index (KNN against the searcher's
 * point, within the radius, at most `perTopicLimit` per key), then the hard constraints and the
 * score of `evaluateMatch` (libs/domain) in SQL, weights passed in from `MATCH_WEIGHTS`.
 * Exported for the benchmark, which runs it raw and checks its plan.
 */
export function rankingQuery(request: RankingRequest): { sql: string; params: unknown[] } {
  const p = new Params();
  const { searcher } = request;
  const partnerKind = counterpartKind(searcher.kind);
  // The searcher's point, and the same point in metres (ETRS89-LAEA) for the planar
  // nearest-first walk of the index. Scalar subqueries: computed once per execution (an
  // InitPlan), not per candidate row, under the generic plan the API uses.
  const makePoint = `ST_SetSRID(ST_MakePoint(${p.add(request.location.lng, 'float8')}, ${p.add(
    request.location.lat,
    'float8',
  )}), 4326)`;
  const point = `(SELECT ${makePoint}::geography)`;
  const planar = `(SELECT ST_Transform(${makePoint}, 3035))`;
  // A literal, not a parameter: a generic plan then knows how many rows each index walk gives.
  const perTopic = String(Math.max(1, Math.trunc(request.perTopicLimit)));
  const me = p.add(searcher.id, 'uuid');

  // Offers of the candidate that count under the wishes: drop those with a longer lead time
  // or a smaller group than asked for (rows of match_topic via its primary key).
  const wishes = request.startWithinDays !== null || request.minGroupSize !== null;
  const candidateOffers = wishes
    ? `h.offers & ~(SELECT coalesce(bit_or(1 << (t.key / 4)), 0) FROM match_topic t
         WHERE t.organisation_id = h.organisation_id AND t.key % 4 = ${partnerKind === 'KMU' ? 1 : 0}
           AND (t.lead_time_days > ${p.add(request.startWithinDays, 'int')}
                OR t.group_size < ${p.add(request.minGroupSize, 'int')}))`
    : 'h.offers';

  // The searcher's columns are parameters, the candidate's are columns of `c`.
  const s = {
    offers: p.add(request.searcherOffers, 'int'),
    seeks: p.add(searcher.seeks, 'int'),
    themes: p.add(searcher.themes, 'int'),
    attributes: p.add(searcher.attributes, 'int'),
    verified: p.add(searcher.verifiedAttributes, 'int'),
    required: p.add(searcher.requiredCriteria, 'int[]'),
    readiness: p.add(searcher.readiness, 'float8'),
    radius: p.add(request.radiusKm, 'float8'),
  };
  const zoIsSearcher = searcher.kind === 'ZO';
  const zo = zoIsSearcher
    ? { seeks: s.seeks, offers: s.offers, readiness: s.readiness }
    : { seeks: 'c.seeks', offers: 'c.offers', readiness: 'c.readiness' };
  const kmu = zoIsSearcher
    ? { seeks: 'c.seeks', offers: 'c.offers', readiness: 'c.readiness' }
    : { seeks: s.seeks, offers: s.offers, readiness: s.readiness };
  // Evidence for the searcher's criteria: the candidate's (verified) attributes.
  const searcherEvidence =
    searcher.requireVerified || request.onlyVerified ? 'c.verified_attributes' : 'c.attributes';
  const ceiling = p.add(ONE_SIDED_CEILING, 'float8');
  const w = {
    topics: p.add(MATCH_WEIGHTS.topics, 'float8'),
    themes: p.add(MATCH_WEIGHTS.themes, 'float8'),
    distance: p.add(MATCH_WEIGHTS.distance, 'float8'),
    readiness: p.add(MATCH_WEIGHTS.readiness, 'float8'),
  };
  const filters: string[] = [];
  if (request.filters.topics !== 0) {
    filters.push(`(m.zo_matched | m.kmu_matched) & ${p.add(request.filters.topics, 'int')} <> 0`);
  }
  if (request.filters.themes !== 0) {
    filters.push(`m.themes & ${p.add(request.filters.themes, 'int')} <> 0`);
  }

  const sql = `
WITH hits AS (
  SELECT k.key, h.*
    FROM unnest(${p.add(request.keys, 'smallint[]')}) AS k(key)
    CROSS JOIN LATERAL (
      -- Each topic row carries its organisation's side of a match: no lookup per candidate.
      SELECT t.organisation_id, t.pos <-> ${planar} AS metres, t.location, t.radius_km,
             t.offers, t.seeks, t.themes, t.attributes, t.verified_attributes,
             t.required_criteria, t.require_verified, t.readiness
        FROM match_topic t
       WHERE t.key = k.key
       ORDER BY t.pos <-> ${planar}
       LIMIT ${perTopic}) h
   -- Planar metres (EPSG:3035) differ from spherical ones by well under 1 % in Germany: keep
   -- a margin here; the exact radius check on the sphere follows below.
   WHERE h.metres <= ${s.radius} * 1010
), truncated AS (
  SELECT coalesce(bool_or(n >= ${perTopic}), false) AS truncated
    FROM (SELECT count(*) AS n FROM hits GROUP BY key) per_key
), excluded AS (
  -- The searcher's exclusions in both directions, read once (two index ranges) instead of
  -- probed per candidate.
  SELECT e.partner_id AS id FROM match_exclusion e WHERE e.organisation_id = ${me}
  UNION ALL
  SELECT e.organisation_id FROM match_exclusion e WHERE e.partner_id = ${me}
), candidates AS (
  -- The keys are the partner kind's (counterpartKeys), so every hit is of that kind.
  SELECT DISTINCT ON (h.organisation_id)
         h.organisation_id, ${candidateOffers} AS offers, h.seeks, h.themes, h.attributes,
         h.verified_attributes, h.required_criteria, h.require_verified, h.readiness,
         h.radius_km, ST_Distance(h.location, ${point}, false) / 1000.0::float8 AS km
    FROM hits h
   WHERE h.organisation_id <> ${me}
), matched AS (
  SELECT c.*, least(${s.radius}, c.radius_km::float8) AS limit_km,
         ${zo.seeks} & ${kmu.offers} AS zo_matched, ${kmu.seeks} & ${zo.offers} AS kmu_matched,
         ${zo.seeks} AS zo_seeks, ${kmu.seeks} AS kmu_seeks,
         ${zo.readiness} AS zo_readiness, ${kmu.readiness} AS kmu_readiness
    FROM candidates c
   WHERE NOT EXISTS (SELECT 1 FROM unnest(${s.required}) r(mask) WHERE r.mask & ${searcherEvidence} = 0)
     AND NOT EXISTS (SELECT 1 FROM unnest(c.required_criteria) r(mask)
                      WHERE r.mask & CASE WHEN c.require_verified THEN ${s.verified} ELSE ${s.attributes} END = 0)
     AND NOT EXISTS (SELECT 1 FROM excluded x WHERE x.id = c.organisation_id)
), shares AS (
  SELECT m.*,
         CASE WHEN ${bits('m.zo_seeks')} = 0 THEN 0::float8
              ELSE ${bits('m.zo_matched')}::float8 / ${bits('m.zo_seeks')} END AS zo_covered,
         CASE WHEN ${bits('m.kmu_seeks')} = 0 THEN 0::float8
              ELSE ${bits('m.kmu_matched')}::float8 / ${bits('m.kmu_seeks')} END AS kmu_covered,
         CASE WHEN ${bits(`m.themes | ${s.themes}`)} = 0 THEN 0::float8
              ELSE ${bits(`m.themes & ${s.themes}`)}::float8 / ${bits(`m.themes | ${s.themes}`)} END AS overlap,
         least(1::float8, greatest(0::float8, 1 - m.km / m.limit_km)) AS decay,
         (coalesce(m.zo_readiness, 0) + coalesce(m.kmu_readiness, 0)) / 2 AS ready
    FROM matched m
   WHERE m.km <= m.limit_km AND (m.zo_matched <> 0 OR m.kmu_matched <> 0)
     ${filters.map((f) => `AND ${f}`).join('\n     ')}
), scored AS (
  SELECT x.*,
         ${w.topics} * (CASE WHEN x.zo_covered > 0 AND x.kmu_covered > 0
                          THEN ${ceiling} + (1 - ${ceiling}) * ((2 * x.zo_covered * x.kmu_covered) / (x.zo_covered + x.kmu_covered))
                          ELSE ${ceiling} * greatest(x.zo_covered, x.kmu_covered) END)
         + ${w.themes} * x.overlap + ${w.distance} * x.decay + ${w.readiness} * x.ready AS score
    FROM shares x
)
SELECT page.*, p.ratings, ${partnerColumns(p.add(request.viewer?.userId ?? null, 'uuid'))}
  FROM (SELECT organisation_id, offers, seeks, themes, attributes, verified_attributes,
               required_criteria, require_verified, readiness, radius_km, km, score,
               (count(*) OVER ())::int AS total, (SELECT truncated FROM truncated) AS truncated
          FROM scored
         ORDER BY score DESC, km ASC, organisation_id ASC
         LIMIT ${p.add(request.limit, 'int')} OFFSET ${p.add(request.offset, 'int')}) page
  -- Only the page's rows read match_profile (ratings, for the explanation's signals) and
  -- their organisations (the partner summaries, in this statement rather than another).
  JOIN match_profile p ON p.organisation_id = page.organisation_id
  JOIN organisation o ON o.id = page.organisation_id
  ${PARTNER_JOINS}
 ORDER BY page.score DESC, page.km ASC, page.organisation_id ASC`;
  return { sql, params: p.values };
}

/** Reads of the match index for matching; every statement uses the GiST or primary-key indexes. */
@Injectable()
export class MatchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The organisations' kinds and, where they have one, their match sides. */
  async searchers(ids: readonly string[], prepared = false): Promise<Map<string, Searcher>> {
    const rows = await runStatement<Partial<SideRow> & { id: string; org_kind: OrganisationKind }>(
      this.dataSource,
      `SELECT o.id, o.kind AS org_kind, ${SIDE_COLUMNS}
         FROM organisation o LEFT JOIN match_profile p ON p.organisation_id = o.id
        WHERE o.id = ANY($1::uuid[])`,
      [ids],
      prepared,
    );
    return new Map(rows.map((row) => [row.id, searcherOf(row)]));
  }

  /**
   * One searcher with the user's relations to it (`relationColumns`), in one statement: the
   * match list checks its permission without a statement of its own. Null when the
   * organisation does not exist.
   */
  async searcherFor(
    organisationId: string,
    userId: string | null,
    prepared = false,
  ): Promise<{ searcher: Searcher; relations: RelationRow } | null> {
    const [row] = await runStatement<
      Partial<SideRow> & RelationRow & { id: string; org_kind: OrganisationKind }
    >(
      this.dataSource,
      `SELECT o.id, o.kind AS org_kind, ${relationColumns('$2::uuid')}, ${SIDE_COLUMNS}
         FROM organisation o LEFT JOIN match_profile p ON p.organisation_id = o.id
        WHERE o.id = $1::uuid`,
      [organisationId, userId],
      prepared,
    );
    if (!row) return null;
    return {
      searcher: searcherOf(row),
      relations: { role: row.role, consultant: row.consultant, intermediary: row.intermediary },
    };
  }

  /** Sphere distance between two match profiles in km, and whether the pair is excluded. */
  async pair(
    organisationId: string,
    partnerId: string,
  ): Promise<{ km: number; excluded: boolean } | null> {
    const [row] = await this.dataSource.query<{ km: number; excluded: boolean }[]>(
      `SELECT ST_Distance(a.location, b.location, false) / 1000.0::float8 AS km,
              EXISTS (SELECT 1 FROM match_exclusion e
                       WHERE (e.organisation_id = a.organisation_id AND e.partner_id = b.organisation_id)
                          OR (e.organisation_id = b.organisation_id AND e.partner_id = a.organisation_id)) AS excluded
         FROM match_profile a, match_profile b
        WHERE a.organisation_id = $1 AND b.organisation_id = $2`,
      [organisationId, partnerId],
    );
    return row ?? null;
  }

  /** Ranks (as a prepared statement with `prepared`, see `runStatement`). */
  async rank(request: RankingRequest, prepared = false): Promise<RankedPage> {
    const { sql, params } = rankingQuery(request);
    const rows = await runStatement<RankedDbRow>(this.dataSource, sql, params, prepared);
    const partnerKind = counterpartKind(request.searcher.kind);
    return {
      rows: rows.map((row) => ({
        side: sideOf({ ...row, kind: partnerKind, lng: 0, lat: 0, limits: null }),
        km: row.km,
        score: row.score,
        partner: partnerSummaryOf(row, request.viewer),
      })),
      total: rows[0]?.total ?? 0,
      truncated: rows[0]?.truncated ?? false,
    };
  }
}
