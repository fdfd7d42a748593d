import type { CheckTemplateCode } from '../checks/check-types';
import type { Rating } from '../checks/ratings';
import type { Direction } from '../taxonomy/kinds';

/**
 * What a profile holds, by category: cooperation topics (with a direction), themes, quality
 * attributes the organisation holds, quality criteria it requires of partners, and exit
 * criteria that end a cooperation.
 */
export const PROFILE_CATEGORIES = [
  'TOPIC',
  'THEME',
  'ATTRIBUTE',
  'REQUIRED_CRITERION',
  'EXIT_CRITERION',
] as const;
export type ProfileCategory = (typeof PROFILE_CATEGORIES)[number];

export function isProfileCategory(value: unknown): value is ProfileCategory {
  return typeof value === 'string' && (PROFILE_CATEGORIES as readonly string[]).includes(value);
}

/** One entry of a profile: a code of the taxonomy, with a direction for topics. */
export interface ProfileItem {
  readonly category: ProfileCategory;
  readonly code: string;
  /** OFFERS or SEEKS for topics; null for every other category. */
  readonly direction: Direction | null;
}

/** A stable key for set operations on profile items, e.g. `TOPIC:volunteers:SEEKS`. */
export function profileItemKey(item: ProfileItem): string {
  return `${item.category}:${item.code}:${item.direction ?? ''}`;
}

/** An item the check produced, with the ticked examples (or answer fields) it came from. */
export interface DerivedItem extends ProfileItem {
  /** Codes of the ticked examples; `checkpoint-3` for criteria picked in checkpoint 3. */
  readonly examples: readonly string[];
}

/** Which check and version a derivation came from. */
export interface CheckSource {
  readonly assessmentId: string;
  readonly template: CheckTemplateCode;
  readonly version: number;
}

/** How ready an organisation is to cooperate, from the ratings of its latest check. */
export interface Readiness {
  /** The rating per checkpoint 1–7 (index 0 is checkpoint 1). */
  readonly ratings: readonly Rating[];
  readonly green: number;
  readonly yellow: number;
  readonly red: number;
  /**
   * 0 (every checkpoint red) … 1 (every checkpoint green); contact development (5) and
   * agreements (6) count double because they decide whether a first contact turns into a
   * cooperation.
   */
  readonly score: number;
}

/** What a completed check contributes to a profile. */
export interface DerivedProfile {
  readonly items: readonly DerivedItem[];
  readonly readiness: Readiness;
}
