import { isExitCriterionCode } from '../taxonomy/exit-criteria';
import { counterpartKind, isDirection, type PartnerKind } from '../taxonomy/kinds';
import {
  isQualityAttributeCode,
  isQualityCriterionCode,
  qualityAttribute,
  qualityCriterion,
} from '../taxonomy/quality';
import { isThemeCode } from '../taxonomy/themes';
import { isNaturalDirection, isTopicCode, topic } from '../taxonomy/topics';
import { isProfileCategory } from './profile-types';

export type ProfileProblemKey =
  | 'profiles.categoryUnknown'
  | 'profiles.codeUnknown'
  | 'profiles.directionRequired'
  | 'profiles.directionNotAllowed'
  | 'profiles.directionNotNatural'
  | 'profiles.attributeWrongKind'
  | 'profiles.criterionWrongKind'
  | 'profiles.termsOnlyForEffortfulOffers'
  | 'profiles.capacityInvalid'
  | 'profiles.leadTimeInvalid'
  | 'profiles.groupSizeInvalid'
  | 'profiles.radiusInvalid';

export interface ProfileProblem {
  readonly field: string;
  readonly messageKey: ProfileProblemKey;
}

/** An entry as it arrives from outside: any strings are possible. */
export interface UncheckedProfileItem {
  readonly category: string;
  readonly code: string;
  readonly direction?: string | null;
}

/**
 * Problems with an entry an organisation of `kind` wants to add by hand: the code must exist
 * in the category's taxonomy; topics need a direction natural for the kind (a ZO cannot
 * offer donations); attributes must be ones the kind can hold; required criteria must be
 * ones that apply to the other kind.
 */
export function profileItemProblems(
  kind: PartnerKind,
  item: UncheckedProfileItem,
): ProfileProblem[] {
  if (!isProfileCategory(item.category)) {
    return [{ field: 'category', messageKey: 'profiles.categoryUnknown' }];
  }
  const direction = item.direction ?? null;
  if (item.category === 'TOPIC') {
    if (!isTopicCode(item.code)) return [{ field: 'code', messageKey: 'profiles.codeUnknown' }];
    if (!isDirection(direction))
      return [{ field: 'direction', messageKey: 'profiles.directionRequired' }];
    if (!isNaturalDirection(item.code, kind, direction)) {
      return [{ field: 'direction', messageKey: 'profiles.directionNotNatural' }];
    }
    return [];
  }
  if (direction !== null)
    return [{ field: 'direction', messageKey: 'profiles.directionNotAllowed' }];
  switch (item.category) {
    case 'THEME':
      return isThemeCode(item.code) ? [] : [{ field: 'code', messageKey: 'profiles.codeUnknown' }];
    case 'ATTRIBUTE':
      if (!isQualityAttributeCode(item.code))
        return [{ field: 'code', messageKey: 'profiles.codeUnknown' }];
      return qualityAttribute(item.code).heldBy === kind
        ? []
        : [{ field: 'code', messageKey: 'profiles.attributeWrongKind' }];
    case 'REQUIRED_CRITERION':
      if (!isQualityCriterionCode(item.code))
        return [{ field: 'code', messageKey: 'profiles.codeUnknown' }];
      return qualityCriterion(item.code).appliesTo === counterpartKind(kind)
        ? []
        : [{ field: 'code', messageKey: 'profiles.criterionWrongKind' }];
    case 'EXIT_CRITERION':
      return isExitCriterionCode(item.code)
        ? []
        : [{ field: 'code', messageKey: 'profiles.codeUnknown' }];
  }
}

/**
 * Terms of an offered topic that binds people's time: how often per year it can be given,
 * how many days' notice it needs, and how many people take part at a time.
 */
export interface OfferTerms {
  readonly capacityPerYear: number | null;
  readonly leadTimeDays: number | null;
  readonly groupSize: number | null;
}

export const OFFER_TERMS_LIMITS = {
  capacityPerYear: { min: 1, max: 1000 },
  leadTimeDays: { min: 0, max: 365 },
  groupSize: { min: 1, max: 500 },
} as const;

const within = (value: number | null, { min, max }: { min: number; max: number }) =>
  value === null || (Number.isInteger(value) && value >= min && value <= max);

/**
 * Problems with terms for an offered topic: only effortful topics (see the taxonomy) carry
 * terms; capacity and group size are positive whole numbers, lead time is zero or more days.
 */
export function offerTermsProblems(topicCode: string, terms: OfferTerms): ProfileProblem[] {
  if (!isTopicCode(topicCode)) return [{ field: 'topic', messageKey: 'profiles.codeUnknown' }];
  if (!topic(topicCode).effortful) {
    return [{ field: 'topic', messageKey: 'profiles.termsOnlyForEffortfulOffers' }];
  }
  const problems: ProfileProblem[] = [];
  if (!within(terms.capacityPerYear, OFFER_TERMS_LIMITS.capacityPerYear)) {
    problems.push({ field: 'capacityPerYear', messageKey: 'profiles.capacityInvalid' });
  }
  if (!within(terms.leadTimeDays, OFFER_TERMS_LIMITS.leadTimeDays)) {
    problems.push({ field: 'leadTimeDays', messageKey: 'profiles.leadTimeInvalid' });
  }
  if (!within(terms.groupSize, OFFER_TERMS_LIMITS.groupSize)) {
    problems.push({ field: 'groupSize', messageKey: 'profiles.groupSizeInvalid' });
  }
  return problems;
}

/** How far an organisation looks for partners, in kilometres. */
export const MATCH_RADIUS_KM = { min: 1, max: 200, default: 30 } as const;

export function radiusProblems(radiusKm: number): ProfileProblem[] {
  return Number.isInteger(radiusKm) &&
    radiusKm >= MATCH_RADIUS_KM.min &&
    radiusKm <= MATCH_RADIUS_KM.max
    ? []
    : [{ field: 'radiusKm', messageKey: 'profiles.radiusInvalid' }];
}
