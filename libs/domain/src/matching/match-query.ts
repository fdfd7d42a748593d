import { MATCH_RADIUS_KM, OFFER_TERMS_LIMITS } from '../profiles/profile-problems';
import { isThemeCode } from '../taxonomy/themes';
import { isTopicCode } from '../taxonomy/topics';
import type { MatchSide } from './match-side';
import type { MatchScore } from './score-match';
import { themeMask, topicMask } from './taxonomy-bits';

/** Page sizes of the match list. */
export const MATCH_PAGE = { default: 20, max: 50 } as const;

/** What a searcher asks the match list for, as it arrives from outside. */
export interface MatchQueryInput {
  /** Overrides the searcher's own profile radius for this search (km). */
  readonly radiusKm?: number | null;
  /** Only matches in which at least one of these topics is matched (either direction). */
  readonly topics?: readonly string[] | null;
  /** Only partners that work on at least one of these themes. */
  readonly themes?: readonly string[] | null;
  /** Count only verified attributes as evidence for the searcher's required criteria. */
  readonly onlyVerified?: boolean | null;
  /** Offers count only when they can start within this many days. */
  readonly startWithinDays?: number | null;
  /** Offers count only when they take at least this many people at a time. */
  readonly minGroupSize?: number | null;
  readonly first?: number | null;
  readonly offset?: number | null;
}

export type MatchQueryProblemKey =
  | 'matching.radiusInvalid'
  | 'matching.topicUnknown'
  | 'matching.themeUnknown'
  | 'matching.startWithinInvalid'
  | 'matching.groupSizeInvalid'
  | 'matching.pageSizeInvalid'
  | 'matching.offsetInvalid';

export interface MatchQueryProblem {
  readonly field: string;
  readonly messageKey: MatchQueryProblemKey;
}

const isWhole = (value: number) => Number.isInteger(value);

/**
 * Problems with a match query: a radius must be a whole number of kilometres above 0 and at
 * most the platform maximum; topics and themes must exist in the taxonomy; lead time and group
 * size wishes follow the limits of offer terms; pages hold 1…50 matches.
 */
export function matchQueryProblems(input: MatchQueryInput): MatchQueryProblem[] {
  const problems: MatchQueryProblem[] = [];
  const { radiusKm, topics, themes, startWithinDays, minGroupSize, first, offset } = input;
  if (radiusKm != null && !(isWhole(radiusKm) && radiusKm > 0 && radiusKm <= MATCH_RADIUS_KM.max)) {
    problems.push({ field: 'radiusKm', messageKey: 'matching.radiusInvalid' });
  }
  (topics ?? []).forEach((code, i) => {
    if (!isTopicCode(code))
      problems.push({ field: `topics.${i}`, messageKey: 'matching.topicUnknown' });
  });
  (themes ?? []).forEach((code, i) => {
    if (!isThemeCode(code))
      problems.push({ field: `themes.${i}`, messageKey: 'matching.themeUnknown' });
  });
  const lead = OFFER_TERMS_LIMITS.leadTimeDays;
  if (
    startWithinDays != null &&
    !(isWhole(startWithinDays) && startWithinDays >= lead.min && startWithinDays <= lead.max)
  ) {
    problems.push({ field: 'startWithinDays', messageKey: 'matching.startWithinInvalid' });
  }
  const group = OFFER_TERMS_LIMITS.groupSize;
  if (
    minGroupSize != null &&
    !(isWhole(minGroupSize) && minGroupSize >= group.min && minGroupSize <= group.max)
  ) {
    problems.push({ field: 'minGroupSize', messageKey: 'matching.groupSizeInvalid' });
  }
  if (first != null && !(isWhole(first) && first >= 1 && first <= MATCH_PAGE.max)) {
    problems.push({ field: 'first', messageKey: 'matching.pageSizeInvalid' });
  }
  if (offset != null && !(isWhole(offset) && offset >= 0 && offset <= 10_000)) {
    problems.push({ field: 'offset', messageKey: 'matching.offsetInvalid' });
  }
  return problems;
}

/** The filters of a (valid) match query as masks; 0 means "no filter". */
export interface MatchFilters {
  readonly topics: number;
  readonly themes: number;
}

export function matchFiltersOf(input: MatchQueryInput): MatchFilters {
  return { topics: topicMask(input.topics ?? []), themes: themeMask(input.themes ?? []) };
}

/**
 * Whether a scored match passes the searcher's filters: with a topic filter, one of the
 * matched topics (either direction) is among them; with a theme filter, the partner works on
 * at least one of the themes.
 */
export function passesMatchFilters(
  score: MatchScore,
  partner: MatchSide,
  filters: MatchFilters,
): boolean {
  if (filters.topics !== 0) {
    const matched = topicMask([
      ...score.matched.zoSeeksKmuOffers,
      ...score.matched.kmuSeeksZoOffers,
    ]);
    if ((matched & filters.topics) === 0) return false;
  }
  if (filters.themes !== 0 && (partner.themes & filters.themes) === 0) return false;
  return true;
}

/** The searcher's side as it searches: its radius replaced by the one it asked for. */
export function searchingSide(side: MatchSide, radiusKm?: number | null): MatchSide {
  return radiusKm == null ? side : { ...side, radiusKm };
}
