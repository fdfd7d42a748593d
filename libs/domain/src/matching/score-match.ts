import type { Rating } from '../checks/ratings';
import { type MatchSide } from './match-side';
import { bitCount, themesInMask, topicMask, topicsInMask } from './taxonomy-bits';

/**
 * Weights of the four factors; they sum to 1, so a score is between 0 and 1. Documented with
 * the formula in docs/matching.md; the database query receives them from here.
 */
export const MATCH_WEIGHTS = Object.freeze({
  topics: 0.55,
  themes: 0.15,
  distance: 0.2,
  readiness: 0.1,
});

/**
 * Topic fit of a one-sided match (only one side finds what it seeks) never exceeds this;
 * every two-sided match is above it. Two-sided fits are fused with the harmonic mean.
 */
export const ONE_SIDED_CEILING = 0.4;

/** Why a pair cannot match, whatever the score. */
export type MatchBlocker =
  | 'SAME_ORGANISATION'
  | 'SAME_KIND'
  | 'EXCLUDED'
  | 'OUTSIDE_RADIUS'
  | 'NO_TOPIC_FIT'
  | 'ZO_CRITERIA_NOT_MET'
  | 'KMU_CRITERIA_NOT_MET';

/** What the searcher asks for beyond the profiles. */
export interface MatchOptions {
  /** Offers count only when they can start within this many days (their lead time). */
  readonly startWithinDays?: number | null;
  /** Offers count only when they take at least this many people at a time (group size). */
  readonly minGroupSize?: number | null;
  /** Count only verified attributes as evidence for the searcher's required criteria. */
  readonly onlyVerifiedFor?: string | null;
  /** The pair is excluded (one side excluded the other, or their cooperation ended for cause). */
  readonly excluded?: boolean;
}

export interface MatchFactors {
  readonly topics: {
    /** Share of the ZO's sought topics the KMU offers. */
    readonly zoSeeksCovered: number;
    /** Share of the KMU's sought topics the ZO offers. */
    readonly kmuSeeksCovered: number;
    readonly fit: number;
    readonly contribution: number;
  };
  readonly themes: { readonly overlap: number; readonly contribution: number };
  readonly distance: {
    readonly km: number;
    readonly limitKm: number;
    readonly decay: number;
    readonly contribution: number;
  };
  readonly readiness: {
    readonly zo: number | null;
    readonly kmu: number | null;
    readonly combined: number;
    readonly contribution: number;
  };
}

export interface MatchScore {
  readonly score: number;
  readonly factors: MatchFactors;
  readonly matched: {
    /** Topics the ZO seeks and the KMU offers. */
    readonly zoSeeksKmuOffers: readonly string[];
    /** Topics the KMU seeks and the ZO offers. */
    readonly kmuSeeksZoOffers: readonly string[];
    readonly themes: readonly string[];
  };
  /** Plain signals for the explanation, e.g. both sides green on agreements. */
  readonly signals: readonly ReadinessSignal[];
}

export type MatchEvaluation =
  | { readonly matches: true; readonly score: MatchScore }
  | { readonly matches: false; readonly blockers: readonly MatchBlocker[] };

/** Readiness signals from both sides' ratings of contact development (5) and agreements (6). */
export type ReadinessSignal =
  'BOTH_GREEN_CONTACT' | 'BOTH_GREEN_AGREEMENTS' | 'BOTH_RED_INTERMEDIARY_ADVISED';

/** The offers that count under the searcher's lead-time and group-size wishes. */
export function availableOffers(side: MatchSide, options: MatchOptions = {}): number {
  const { startWithinDays, minGroupSize } = options;
  if ((startWithinDays ?? null) === null && (minGroupSize ?? null) === null) return side.offers;
  const unavailable: string[] = [];
  for (const [topic, limits] of Object.entries(side.offerLimits)) {
    const tooSlow =
      startWithinDays != null &&
      limits.leadTimeDays !== null &&
      limits.leadTimeDays > startWithinDays;
    const tooSmall =
      minGroupSize != null && limits.groupSize !== null && limits.groupSize < minGroupSize;
    if (tooSlow || tooSmall) unavailable.push(topic);
  }
  return side.offers & ~topicMask(unavailable);
}

/** Share of `sought` covered by `offered`; 0 when nothing is sought. */
export function coverage(sought: number, offered: number): number {
  const wanted = bitCount(sought);
  return wanted === 0 ? 0 : bitCount(sought & offered) / wanted;
}

/** Two-sided fits: ceiling + rest × harmonic mean; one-sided: ceiling × the one share. */
export function fuseTopicFit(a: number, b: number): number {
  if (a > 0 && b > 0) return ONE_SIDED_CEILING + (1 - ONE_SIDED_CEILING) * ((2 * a * b) / (a + b));
  return ONE_SIDED_CEILING * Math.max(a, b);
}

/** Jaccard overlap of two theme masks; 0 when neither has themes. */
export function themeOverlap(a: number, b: number): number {
  const union = bitCount(a | b);
  return union === 0 ? 0 : bitCount(a & b) / union;
}

/** Linear decay from 1 at the same place to 0 at the nearer of both radii. */
export function distanceDecay(km: number, limitKm: number): number {
  return Math.min(1, Math.max(0, 1 - km / limitKm));
}

function criteriaMet(required: readonly number[], evidence: number): boolean {
  return required.every((mask) => (mask & evidence) !== 0);
}

function signals(zo: readonly Rating[] | null, kmu: readonly Rating[] | null): ReadinessSignal[] {
  if (!zo || !kmu) return [];
  const both = (checkpoint: number, rating: Rating) =>
    zo[checkpoint - 1] === rating && kmu[checkpoint - 1] === rating;
  const result: ReadinessSignal[] = [];
  if (both(5, 'GREEN')) result.push('BOTH_GREEN_CONTACT');
  if (both(6, 'GREEN')) result.push('BOTH_GREEN_AGREEMENTS');
  if (both(5, 'RED') || both(6, 'RED')) result.push('BOTH_RED_INTERMEDIARY_ADVISED');
  return result;
}

/**
 * The one scoring rule of Brückenschlag, for a ZO and a KMU `distanceKm` apart. Hard
 * constraints first (blockers); then four weighted factors, each with its contribution:
 * topic fit in both directions (two-sided above one-sided), theme overlap, distance decay
 * within both radii, and both sides' readiness. The database ranks with the same formula
 * (libs/api/matching, checked against this function on sampled pairs).
 */
export function evaluateMatch(
  zo: MatchSide,
  kmu: MatchSide,
  distanceKm: number,
  options: MatchOptions = {},
): MatchEvaluation {
  const blockers: MatchBlocker[] = [];
  if (zo.id === kmu.id) blockers.push('SAME_ORGANISATION');
  if (zo.kind !== 'ZO' || kmu.kind !== 'KMU') blockers.push('SAME_KIND');
  if (options.excluded) blockers.push('EXCLUDED');
  const limitKm = Math.min(zo.radiusKm, kmu.radiusKm);
  if (distanceKm > limitKm) blockers.push('OUTSIDE_RADIUS');

  const zoOffers = availableOffers(zo, options);
  const kmuOffers = availableOffers(kmu, options);
  const zoCovered = coverage(zo.seeks, kmuOffers);
  const kmuCovered = coverage(kmu.seeks, zoOffers);
  if (zoCovered === 0 && kmuCovered === 0) blockers.push('NO_TOPIC_FIT');

  const verifiedOnly = (side: MatchSide) =>
    side.requireVerified || options.onlyVerifiedFor === side.id;
  const evidenceOf = (holder: MatchSide, requirer: MatchSide) =>
    verifiedOnly(requirer) ? holder.verifiedAttributes : holder.attributes;
  if (!criteriaMet(zo.requiredCriteria, evidenceOf(kmu, zo))) blockers.push('ZO_CRITERIA_NOT_MET');
  if (!criteriaMet(kmu.requiredCriteria, evidenceOf(zo, kmu)))
    blockers.push('KMU_CRITERIA_NOT_MET');
  if (blockers.length > 0) return { matches: false, blockers };

  const fit = fuseTopicFit(zoCovered, kmuCovered);
  const overlap = themeOverlap(zo.themes, kmu.themes);
  const decay = distanceDecay(distanceKm, limitKm);
  const readiness = ((zo.readiness ?? 0) + (kmu.readiness ?? 0)) / 2;
  const factors: MatchFactors = {
    topics: {
      zoSeeksCovered: zoCovered,
      kmuSeeksCovered: kmuCovered,
      fit,
      contribution: MATCH_WEIGHTS.topics * fit,
    },
    themes: { overlap, contribution: MATCH_WEIGHTS.themes * overlap },
    distance: { km: distanceKm, limitKm, decay, contribution: MATCH_WEIGHTS.distance * decay },
    readiness: {
      zo: zo.readiness,
      kmu: kmu.readiness,
      combined: readiness,
      contribution: MATCH_WEIGHTS.readiness * readiness,
    },
  };
  const score =
    factors.topics.contribution +
    factors.themes.contribution +
    factors.distance.contribution +
    factors.readiness.contribution;
  return {
    matches: true,
    score: {
      score,
      factors,
      matched: {
        zoSeeksKmuOffers: topicsInMask(zo.seeks & kmuOffers),
        kmuSeeksZoOffers: topicsInMask(kmu.seeks & zoOffers),
        themes: themesInMask(zo.themes & kmu.themes),
      },
      signals: signals(zo.ratings, kmu.ratings),
    },
  };
}
