import type { Rating } from '../checks/ratings';
import type { PartnerKind } from '../taxonomy/kinds';
import { isQualityCriterionCode, type QualityCriterionCode } from '../taxonomy/quality';
import {
  attributeMask,
  evidenceMask,
  themeMask,
  topicMask,
  topicPosition,
  topicsInMask,
} from './taxonomy-bits';

/** Lead time and group size of an offered topic, where the organisation stated them. */
export interface OfferLimits {
  readonly leadTimeDays: number | null;
  readonly groupSize: number | null;
}

/**
 * One side of a possible match as the match index stores it: an organisation's effective
 * profile as masks (see taxonomy-bits), its readiness and how far it looks for partners.
 */
export interface MatchSide {
  readonly id: string;
  readonly kind: PartnerKind;
  readonly offers: number;
  readonly seeks: number;
  readonly themes: number;
  /** Every attribute the organisation holds (self-declared or verified). */
  readonly attributes: number;
  /** The attributes an intermediary verified. */
  readonly verifiedAttributes: number;
  /** One evidence mask per quality criterion it requires of partners. */
  readonly requiredCriteria: readonly number[];
  /** Whether only verified attributes count as evidence for its required criteria. */
  readonly requireVerified: boolean;
  /** Readiness score 0…1 of the latest check; null without a completed check. */
  readonly readiness: number | null;
  /** Ratings of checkpoints 1–7 of the latest check; null without one. */
  readonly ratings: readonly Rating[] | null;
  readonly radiusKm: number;
  /** Limits of offered topics, by topic code (only those with a stated lead time or group size). */
  readonly offerLimits: Readonly<Record<string, OfferLimits>>;
}

/** The evidence masks of required criteria, in the given order. */
export function requiredCriteriaMasks(codes: readonly QualityCriterionCode[]): number[] {
  return codes.map(evidenceMask);
}

/**
 * Key of a per-topic row of the match index: topic position, direction and kind in one small
 * integer, so one GiST index over (key, location) serves every "nearest organisations of kind
 * K that offer/seek topic T" question.
 */
export function matchTopicKey(
  kind: PartnerKind,
  topic: string,
  direction: 'OFFERS' | 'SEEKS',
): number {
  return topicPosition(topic) * 4 + (direction === 'SEEKS' ? 2 : 0) + (kind === 'KMU' ? 1 : 0);
}

/** The parts of a per-topic key: topic position, direction and kind. */
export function parseMatchTopicKey(key: number): {
  position: number;
  direction: 'OFFERS' | 'SEEKS';
  kind: PartnerKind;
} {
  return {
    position: Math.floor(key / 4),
    direction: (key & 2) === 0 ? 'OFFERS' : 'SEEKS',
    kind: (key & 1) === 0 ? 'ZO' : 'KMU',
  };
}

/**
 * The per-topic keys to search for partners of `side`: for each topic it seeks, the
 * counterparts offering it; for each topic it offers, the counterparts seeking it. With
 * `onlyTopics` (a mask), only those topics.
 */
export function counterpartKeys(side: MatchSide, onlyTopics = 0): number[] {
  const partner: PartnerKind = side.kind === 'ZO' ? 'KMU' : 'ZO';
  const keep = (mask: number) => (onlyTopics === 0 ? mask : mask & onlyTopics);
  return [
    ...topicsInMask(keep(side.seeks)).map((t) => matchTopicKey(partner, t, 'OFFERS')),
    ...topicsInMask(keep(side.offers)).map((t) => matchTopicKey(partner, t, 'SEEKS')),
  ];
}

/** An effective profile entry as the match index needs it. */
export interface IndexedEntry {
  readonly category: 'TOPIC' | 'THEME' | 'ATTRIBUTE' | 'REQUIRED_CRITERION' | 'EXIT_CRITERION';
  readonly code: string;
  readonly direction: 'OFFERS' | 'SEEKS' | null;
  /** Attributes: verified by an intermediary. */
  readonly verified: boolean;
  readonly leadTimeDays: number | null;
  readonly groupSize: number | null;
}

/** Everything the match index keeps of one organisation. */
export interface IndexedProfile {
  readonly id: string;
  readonly kind: PartnerKind;
  readonly radiusKm: number;
  readonly requireVerified: boolean;
  readonly readiness: number | null;
  readonly ratings: readonly Rating[] | null;
  /** Effective entries only (hidden ones left out). */
  readonly entries: readonly IndexedEntry[];
}

/** The match side of an organisation's effective profile. */
export function matchSideOf(profile: IndexedProfile): MatchSide {
  const codes = (category: IndexedEntry['category'], direction: IndexedEntry['direction'] = null) =>
    profile.entries
      .filter((e) => e.category === category && e.direction === direction)
      .map((e) => e.code);
  const offerLimits: Record<string, OfferLimits> = {};
  for (const entry of profile.entries) {
    if (
      entry.category === 'TOPIC' &&
      entry.direction === 'OFFERS' &&
      (entry.leadTimeDays !== null || entry.groupSize !== null)
    ) {
      offerLimits[entry.code] = { leadTimeDays: entry.leadTimeDays, groupSize: entry.groupSize };
    }
  }
  return {
    id: profile.id,
    kind: profile.kind,
    offers: topicMask(codes('TOPIC', 'OFFERS')),
    seeks: topicMask(codes('TOPIC', 'SEEKS')),
    themes: themeMask(codes('THEME')),
    attributes: attributeMask(codes('ATTRIBUTE')),
    verifiedAttributes: attributeMask(
      profile.entries.filter((e) => e.category === 'ATTRIBUTE' && e.verified).map((e) => e.code),
    ),
    requiredCriteria: requiredCriteriaMasks(
      codes('REQUIRED_CRITERION').filter(isQualityCriterionCode),
    ),
    requireVerified: profile.requireVerified,
    readiness: profile.readiness,
    ratings: profile.ratings,
    radiusKm: profile.radiusKm,
    offerLimits,
  };
}

/** Per-topic rows of the match index for one organisation: key plus offer limits. */
export function matchTopicRows(
  profile: IndexedProfile,
): { key: number; leadTimeDays: number | null; groupSize: number | null }[] {
  return profile.entries
    .filter((e) => e.category === 'TOPIC' && e.direction !== null)
    .map((e) => ({
      key: matchTopicKey(profile.kind, e.code, e.direction as 'OFFERS' | 'SEEKS'),
      leadTimeDays: e.direction === 'OFFERS' ? e.leadTimeDays : null,
      groupSize: e.direction === 'OFFERS' ? e.groupSize : null,
    }));
}

const RATING_LETTERS = { RED: 'R', YELLOW: 'Y', GREEN: 'G' } as const;

/** Ratings as seven letters R/Y/G (storage form), and back. */
export function ratingsToLetters(ratings: readonly Rating[]): string {
  return ratings.map((r) => RATING_LETTERS[r]).join('');
}

export function ratingsFromLetters(letters: string | null): Rating[] | null {
  if (letters === null) return null;
  return [...letters.trim()].map((l) => (l === 'G' ? 'GREEN' : l === 'Y' ? 'YELLOW' : 'RED'));
}
