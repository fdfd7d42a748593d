import {
  ForbiddenError,
  OrganisationNotFoundError,
  PolicyService,
  relationsOf,
  type Actor,
} from '@bs/api/access';
import {
  availableOffers,
  canSeeField,
  counterpartKeys,
  evaluateMatch,
  MATCH_PAGE,
  MATCH_WEIGHTS,
  matchFiltersOf,
  matchQueryProblems,
  searchingSide,
  type MatchOptions,
  type MatchScore,
  type MatchSide,
  type Permission,
  type ProfileField,
} from '@bs/domain';
import { Inject, Injectable, Optional, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { MatchesArgs, MatchWithArgs } from './dto/matches.args';
import { DEFAULT_PER_TOPIC_LIMIT, MatchRepository, type Searcher } from './match.repository';
import {
  ExclusionForbiddenError,
  KindCannotMatchError,
  MatchesForbiddenError,
  MatchQueryError,
  NoMatchProfileError,
  PartnerCannotMatchError,
} from './matching.errors';
import type {
  Match,
  MatchCheck,
  MatchedCodes,
  MatchExclusion,
  MatchPage,
  MatchPartner,
} from './models/match.model';
import { partnerSummaryLoader, type PartnerSummaryRow } from './partner-summaries';
import { closePreparedStatements } from '@bs/api/database';

/** Per request: partner summaries are loaded in one statement however many matches a page has. */
export type PartnerLoader = DataLoader<string, PartnerSummaryRow | null>;

/** Options of the service that deployments may tune. */
export const MATCHING_OPTIONS = Symbol('MATCHING_OPTIONS');
export interface MatchingOptions {
  /** Nearest candidates per topic key (default `DEFAULT_PER_TOPIC_LIMIT`). */
  perTopicLimit?: number;
  /** Run the ranking as a prepared statement (PostgreSQL servers, not the embedded database). */
  preparedStatements?: boolean;
}

function named(codes: string[], field: ProfileField, partner: PartnerSummaryRow): MatchedCodes {
  const visible = canSeeField(partner.visibility[field], partner.standing);
  return {
    codes: visible ? codes : [],
    count: codes.length,
    hiddenCount: visible ? 0 : codes.length,
  };
}

const toPartner = (row: PartnerSummaryRow): MatchPartner => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  city: row.city,
  postcode: row.postcode,
  districtName: row.districtName,
  location: row.location,
});

/**
 * A scored match as the searcher sees it: factors from `evaluateMatch`, turned to the
 * searcher's point of view; codes from the partner's profile fields the viewer may not see
 * are counted but not named, and its readiness (with the signals derived from it) stays hidden.
 */
export function toMatch(
  searcher: MatchSide,
  partner: PartnerSummaryRow,
  km: number,
  score: MatchScore,
): Match {
  const searcherIsZo = searcher.kind === 'ZO';
  const { topics, themes, distance, readiness } = score.factors;
  // The partner's field each matched list comes from.
  const youSeek = searcherIsZo ? score.matched.zoSeeksKmuOffers : score.matched.kmuSeeksZoOffers;
  const theySeek = searcherIsZo ? score.matched.kmuSeeksZoOffers : score.matched.zoSeeksKmuOffers;
  const readinessVisible = canSeeField(partner.visibility.READINESS, partner.standing);
  return {
    partner: toPartner(partner),
    distanceKm: km,
    score: score.score,
    factors: {
      topics: {
        searcherSeeksCovered: searcherIsZo ? topics.zoSeeksCovered : topics.kmuSeeksCovered,
        partnerSeeksCovered: searcherIsZo ? topics.kmuSeeksCovered : topics.zoSeeksCovered,
        fit: topics.fit,
        weight: MATCH_WEIGHTS.topics,
        contribution: topics.contribution,
      },
      themes: { ...themes, weight: MATCH_WEIGHTS.themes },
      distance: { ...distance, weight: MATCH_WEIGHTS.distance },
      readiness: {
        searcher: searcherIsZo ? readiness.zo : readiness.kmu,
        partner: readinessVisible ? (searcherIsZo ? readiness.kmu : readiness.zo) : null,
        combined: readiness.combined,
        weight: MATCH_WEIGHTS.readiness,
        contribution: readiness.contribution,
      },
    },
    youSeekTheyOffer: named([...youSeek], 'OFFERS', partner),
    theySeekYouOffer: named([...theySeek], 'SEEKS', partner),
    sharedThemes: named([...score.matched.themes], 'THEMES', partner),
    signals: readinessVisible ? [...score.signals] : [],
  };
}

/**
 * The match list and single-pair explanations for the organisation one acts for, and the
 * exclusions ("not interested"). Rules: `@bs/domain` (score, filters, permissions); SQL:
 * `MatchRepository`.
 */
@Injectable()
export class MatchingService implements OnModuleDestroy {
  private readonly perTopicLimit: number;
  private readonly prepared: boolean;

  constructor(
    private readonly repository: MatchRepository,
    private readonly policy: PolicyService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() @Inject(MATCHING_OPTIONS) options?: MatchingOptions,
  ) {
    this.perTopicLimit = options?.perTopicLimit ?? DEFAULT_PER_TOPIC_LIMIT;
    this.prepared = options?.preparedStatements ?? false;
  }

  async onModuleDestroy(): Promise<void> {
    await closePreparedStatements(this.dataSource);
  }

  /** A loader for one request (the resolver keeps one per GraphQL context). */
  partnerLoader(actor: Actor): PartnerLoader {
    return partnerSummaryLoader(this.dataSource, actor, this.prepared);
  }

  /** FORBIDDEN of the policy, as the matching error for `permission`. */
  private forbidden(error: unknown, permission: Permission): unknown {
    if (!(error instanceof ForbiddenError)) return error;
    return permission === 'matches.read'
      ? new MatchesForbiddenError()
      : new ExclusionForbiddenError();
  }

  private async authorize(actor: Actor, organisationId: string, permission: Permission) {
    try {
      await this.policy.authorize(actor, permission, organisationId);
    } catch (error) {
      throw this.forbidden(error, permission);
    }
  }

  /**
   * The searcher with a match profile once `actor` may read its matches, or the specific
   * error why not (one statement: the searcher with the actor's relations to it).
   */
  private async searcher(
    actor: Actor,
    organisationId: string,
  ): Promise<{ side: MatchSide; location: NonNullable<Searcher['location']> }> {
    const found = await this.repository.searcherFor(
      organisationId,
      actor?.userId ?? null,
      this.prepared,
    );
    if (!found) throw new OrganisationNotFoundError(organisationId);
    try {
      this.policy.check(actor, 'matches.read', relationsOf(found.relations, actor));
    } catch (error) {
      throw this.forbidden(error, 'matches.read');
    }
    const { searcher } = found;
    if (searcher.kind === 'INTERMEDIARY') throw new KindCannotMatchError();
    if (!searcher.side || !searcher.location) throw new NoMatchProfileError();
    return { side: searcher.side, location: searcher.location };
  }

  async matches(actor: Actor, args: MatchesArgs, loader: PartnerLoader): Promise<MatchPage> {
    const problems = matchQueryProblems(args);
    if (problems.length > 0) throw new MatchQueryError(problems);
    const searcher = await this.searcher(actor, args.organisationId);
    const side = searchingSide(searcher.side, args.radiusKm);
    const options: MatchOptions = {
      startWithinDays: args.startWithinDays ?? null,
      minGroupSize: args.minGroupSize ?? null,
      onlyVerifiedFor: args.onlyVerified ? side.id : null,
    };
    const filters = matchFiltersOf(args);
    const first = args.first ?? MATCH_PAGE.default;
    const offset = args.offset ?? 0;
    const page = await this.repository.rank(
      {
        searcher: side,
        searcherOffers: availableOffers(side, options),
        location: searcher.location,
        radiusKm: side.radiusKm,
        onlyVerified: args.onlyVerified,
        startWithinDays: options.startWithinDays ?? null,
        minGroupSize: options.minGroupSize ?? null,
        filters,
        keys: counterpartKeys(side, filters.topics),
        perTopicLimit: this.perTopicLimit,
        limit: first,
        offset,
        viewer: actor,
      },
      this.prepared,
    );
    const searcherForExplanation: MatchSide = {
      ...side,
      offers: availableOffers(side, options),
      offerLimits: {},
    };
    const items = page.rows.flatMap((row): Match[] => {
      // The ranking statement returned the partner summaries too: prime the request's loader
      // so that other fields of the request do not read them again.
      loader.prime(row.partner.id, row.partner);
      // The row's offers are already the available ones; the explanation is `evaluateMatch`.
      const [zo, kmu] =
        side.kind === 'ZO'
          ? [searcherForExplanation, row.side]
          : [row.side, searcherForExplanation];
      const result = evaluateMatch(zo, kmu, row.km, { onlyVerifiedFor: options.onlyVerifiedFor });
      return result.matches ? [toMatch(side, row.partner, row.km, result.score)] : [];
    });
    return {
      items,
      totalCount: page.total,
      offset,
      hasMore: offset + page.rows.length < page.total,
      radiusKm: side.radiusKm,
      complete: !page.truncated,
    };
  }

  /** One pair: its explained score, or the hard constraints that block it. */
  async matchWith(actor: Actor, args: MatchWithArgs, loader: PartnerLoader): Promise<MatchCheck> {
    const problems = matchQueryProblems({ radiusKm: args.radiusKm });
    if (problems.length > 0) throw new MatchQueryError(problems);
    await this.authorize(actor, args.organisationId, 'matches.read');
    const searchers = await this.repository.searchers([args.organisationId, args.partnerId]);
    const me = searchers.get(args.organisationId);
    if (!me) throw new OrganisationNotFoundError(args.organisationId);
    if (me.kind === 'INTERMEDIARY') throw new KindCannotMatchError();
    if (!me.side) throw new NoMatchProfileError();
    const other = searchers.get(args.partnerId);
    if (!other) throw new OrganisationNotFoundError(args.partnerId);
    if (!other.side) throw new PartnerCannotMatchError(args.partnerId);
    const [pair, partner] = await Promise.all([
      this.repository.pair(me.id, other.id),
      loader.load(other.id),
    ]);
    if (!pair || !partner) throw new PartnerCannotMatchError(args.partnerId);
    const side = searchingSide(me.side, args.radiusKm);
    const [zo, kmu] = side.kind === 'ZO' ? [side, other.side] : [other.side, side];
    const result = evaluateMatch(zo, kmu, pair.km, {
      excluded: pair.excluded,
      onlyVerifiedFor: args.onlyVerified ? side.id : null,
    });
    return {
      partner: toPartner(partner),
      distanceKm: pair.km,
      blockers: result.matches ? [] : [...result.blockers],
      match: result.matches ? toMatch(side, partner, pair.km, result.score) : null,
    };
  }

  async exclusions(actor: Actor, organisationId: string, loader: PartnerLoader) {
    await this.authorize(actor, organisationId, 'matches.read');
    const rows = await this.dataSource.query<
      { partner_id: string; reason: MatchExclusion['reason']; created_at: Date }[]
    >(
      `SELECT partner_id, reason, created_at FROM match_exclusion
        WHERE organisation_id = $1 ORDER BY created_at DESC, partner_id`,
      [organisationId],
    );
    const partners = await loader.loadMany(rows.map((r) => r.partner_id));
    return rows.flatMap((row, i): MatchExclusion[] => {
      const partner = partners[i];
      if (!partner || partner instanceof Error) return [];
      return [{ partner: toPartner(partner), reason: row.reason, createdAt: row.created_at }];
    });
  }

  /** "Not interested": the pair stops matching in both directions until undone. */
  async exclude(actor: Actor, organisationId: string, partnerId: string): Promise<boolean> {
    await this.authorize(actor, organisationId, 'matches.exclude');
    if (organisationId === partnerId) throw new PartnerCannotMatchError(partnerId);
    const exists = await this.repository.searchers([partnerId]);
    if (!exists.has(partnerId)) throw new OrganisationNotFoundError(partnerId);
    await this.dataSource.query(
      `INSERT INTO match_exclusion (organisation_id, partner_id, reason, created_by)
       VALUES ($1, $2, 'NOT_INTERESTED', $3) ON CONFLICT DO NOTHING`,
      [organisationId, partnerId, actor?.userId ?? null],
    );
    return true;
  }

  /** Undoes "not interested" (ended cooperations stay excluded). */
  async restore(actor: Actor, organisationId: string, partnerId: string): Promise<boolean> {
    await this.authorize(actor, organisationId, 'matches.exclude');
    await this.dataSource.query(
      `DELETE FROM match_exclusion
        WHERE organisation_id = $1 AND partner_id = $2 AND reason = 'NOT_INTERESTED'`,
      [organisationId, partnerId],
    );
    return true;
  }
}
