import type {
  Direction,
  EmployeeBand,
  EngagementField,
  ExitCriterionCode,
  PartnerKind,
  QualityAttributeCode,
  QualityCriterionCode,
  Rating,
  StaffBand,
  ThemeCode,
  TopicCode,
  VolunteerBand,
  Wz2008Section,
} from '@bs/domain';

/**
 * The shape of the synthetic population: how often each size, sector and profile item occurs.
 * Codes are typed against the taxonomy in @bs/domain (a renamed code fails to compile); only
 * the shares live here. Figures are rounded from public statistics where there are any
 * (Destatis company register for employee bands and WZ sections, ZiviZ-Survey for the fields
 * of engagement) and otherwise chosen so that common exchanges (volunteers, donations, in-kind)
 * are common and others rare enough to make sparse-topic queries meaningful.
 */

/** Companies by employee band (of companies with 1–249 employees). */
export const EMPLOYEE_BAND_SHARES: readonly (readonly [EmployeeBand, number])[] = [
  ['EMPLOYEES_1_9', 0.8],
  ['EMPLOYEES_10_49', 0.16],
  ['EMPLOYEES_50_249', 0.04],
];

/** Companies by WZ 2008 section (public administration, households, extraterritorial: none). */
export const WZ_SECTION_SHARES: readonly (readonly [Wz2008Section, number])[] = [
  ['G', 0.17],
  ['M', 0.14],
  ['F', 0.12],
  ['Q', 0.08],
  ['I', 0.07],
  ['C', 0.07],
  ['N', 0.07],
  ['S', 0.07],
  ['L', 0.05],
  ['J', 0.04],
  ['H', 0.035],
  ['R', 0.03],
  ['K', 0.02],
  ['P', 0.02],
  ['A', 0.02],
  ['D', 0.01],
  ['E', 0.004],
  ['B', 0.001],
];

/** Civil-society organisations by field of engagement. */
export const ENGAGEMENT_FIELD_SHARES: readonly (readonly [EngagementField, number])[] = [
  ['SPORT', 0.23],
  ['CULTURE', 0.16],
  ['SOCIAL', 0.11],
  ['COMMUNITY', 0.1],
  ['YOUTH', 0.08],
  ['EDUCATION', 0.06],
  ['RESCUE', 0.05],
  ['ENVIRONMENT', 0.05],
  ['RELIGION', 0.05],
  ['HEALTH', 0.04],
  ['SENIORS', 0.03],
  ['MIGRATION', 0.02],
  ['OTHER', 0.02],
];

export const VOLUNTEER_BAND_SHARES: readonly (readonly [VolunteerBand, number])[] = [
  ['VOLUNTEERS_0_9', 0.3],
  ['VOLUNTEERS_10_49', 0.48],
  ['VOLUNTEERS_50_199', 0.18],
  ['VOLUNTEERS_200_PLUS', 0.04],
];

export const STAFF_BAND_SHARES: readonly (readonly [StaffBand, number])[] = [
  ['STAFF_0', 0.7],
  ['STAFF_1_9', 0.22],
  ['STAFF_10_49', 0.06],
  ['STAFF_50_PLUS', 0.02],
];

/**
 * How far along an organisation is with cooperation: it shapes its ratings and how much of
 * the check it ticks (`activity` multiplies every share below, capped at 0.95).
 */
export interface Persona {
  readonly name: 'starting' | 'on-the-way' | 'experienced';
  readonly share: number;
  /** Probabilities of RED, YELLOW, GREEN per checkpoint. */
  readonly ratings: readonly [number, number, number];
  readonly activity: number;
}

export const PERSONAS: readonly Persona[] = [
  { name: 'starting', share: 0.35, ratings: [0.45, 0.4, 0.15], activity: 0.65 },
  { name: 'on-the-way', share: 0.45, ratings: [0.2, 0.5, 0.3], activity: 1 },
  { name: 'experienced', share: 0.2, ratings: [0.05, 0.35, 0.6], activity: 1.5 },
];

/** Share of examples without profile meaning ticked, by the checkpoint's rating. */
export const PLAIN_EXAMPLE_SHARE: Readonly<Record<Rating, number>> = {
  RED: 0.08,
  YELLOW: 0.22,
  GREEN: 0.4,
};

export type TopicItem = `${TopicCode}:${Direction}`;

/**
 * Share of organisations of a kind that have a topic in a direction (their own point of
 * view). Topic-directions the kind's check offers but that are not listed get
 * `DEFAULT_TOPIC_SHARE`.
 */
export const TOPIC_SHARES: Readonly<Record<PartnerKind, Partial<Record<TopicItem, number>>>> = {
  ZO: {
    'volunteers:SEEKS': 0.62,
    'donations:SEEKS': 0.58,
    'in-kind:SEEKS': 0.48,
    'helpers-for-events:SEEKS': 0.4,
    'sponsoring:SEEKS': 0.33,
    'expertise-digital:SEEKS': 0.12,
    'expertise-it:SEEKS': 0.1,
    'expertise-finance:SEEKS': 0.05,
    'expertise-admin:SEEKS': 0.05,
    'expertise-hr:SEEKS': 0.04,
    'expertise-safety:SEEKS': 0.025,
    'expertise-quality:SEEKS': 0.02,
    'internships:SEEKS': 0.04,
    'release-time:SEEKS': 0.03,
    'hospitation:SEEKS': 0.015,
    'transition-coaching:SEEKS': 0.015,
    'visibility:OFFERS': 0.38,
    'team-days:OFFERS': 0.18,
    'workforce-recruitment:OFFERS': 0.05,
    'training-modules:OFFERS': 0.04,
    'apprentice-mentoring:OFFERS': 0.035,
    'engagement-consulting:OFFERS': 0.03,
    'inclusion:OFFERS': 0.025,
    'service-learning:OFFERS': 0.015,
    'transition-coaching:OFFERS': 0.01,
    'addiction-prevention:OFFERS': 0.006,
  },
  KMU: {
    'donations:OFFERS': 0.45,
    'in-kind:OFFERS': 0.38,
    'sponsoring:OFFERS': 0.28,
    'volunteers:OFFERS': 0.22,
    'helpers-for-events:OFFERS': 0.18,
    'internships:OFFERS': 0.14,
    'release-time:OFFERS': 0.08,
    'expertise-it:OFFERS': 0.04,
    'expertise-digital:OFFERS': 0.035,
    'expertise-finance:OFFERS': 0.03,
    'expertise-admin:OFFERS': 0.03,
    'expertise-hr:OFFERS': 0.025,
    'expertise-safety:OFFERS': 0.02,
    'expertise-quality:OFFERS': 0.02,
    'hospitation:OFFERS': 0.02,
    'transition-coaching:OFFERS': 0.01,
    'workforce-recruitment:SEEKS': 0.4,
    'visibility:SEEKS': 0.3,
    'apprentice-mentoring:SEEKS': 0.18,
    'team-days:SEEKS': 0.12,
    'engagement-consulting:SEEKS': 0.05,
    'training-modules:SEEKS': 0.05,
    'inclusion:SEEKS': 0.04,
    'transition-coaching:SEEKS': 0.02,
    'service-learning:SEEKS': 0.015,
    'addiction-prevention:SEEKS': 0.01,
  },
};

export const DEFAULT_TOPIC_SHARE = 0.01;

/** Multipliers of topic shares by a ZO's field of engagement. */
export const ZO_FIELD_TOPIC_BOOSTS: Readonly<
  Partial<Record<EngagementField, Partial<Record<TopicItem, number>>>>
> = {
  RESCUE: { 'release-time:SEEKS': 18, 'expertise-safety:SEEKS': 3 },
  YOUTH: {
    'internships:SEEKS': 3,
    'apprentice-mentoring:OFFERS': 4,
    'service-learning:OFFERS': 3,
  },
  EDUCATION: { 'apprentice-mentoring:OFFERS': 3, 'service-learning:OFFERS': 5 },
  MIGRATION: { 'workforce-recruitment:OFFERS': 6, 'internships:SEEKS': 5 },
  SOCIAL: { 'inclusion:OFFERS': 5, 'team-days:OFFERS': 1.5 },
  HEALTH: { 'addiction-prevention:OFFERS': 12 },
  ENVIRONMENT: { 'team-days:OFFERS': 2 },
  SENIORS: { 'transition-coaching:OFFERS': 5, 'transition-coaching:SEEKS': 4 },
  SPORT: { 'sponsoring:SEEKS': 1.6, 'visibility:OFFERS': 1.4 },
};

/** Multipliers of topic shares by a company's WZ section. */
export const KMU_SECTION_TOPIC_BOOSTS: Readonly<
  Partial<Record<Wz2008Section, Partial<Record<TopicItem, number>>>>
> = {
  J: { 'expertise-it:OFFERS': 5, 'expertise-digital:OFFERS': 5 },
  K: { 'expertise-finance:OFFERS': 5 },
  M: { 'expertise-finance:OFFERS': 3, 'expertise-admin:OFFERS': 3, 'expertise-hr:OFFERS': 2 },
  F: { 'release-time:OFFERS': 1.8, 'in-kind:OFFERS': 1.3, 'apprentice-mentoring:SEEKS': 1.5 },
  C: { 'release-time:OFFERS': 1.6, 'expertise-quality:OFFERS': 3, 'expertise-safety:OFFERS': 3 },
  N: { 'expertise-hr:OFFERS': 2 },
  Q: { 'inclusion:SEEKS': 2, 'addiction-prevention:SEEKS': 2 },
  G: { 'in-kind:OFFERS': 1.4 },
  I: { 'in-kind:OFFERS': 1.3 },
};

/** Multipliers of topic shares by a company's size: larger companies do more. */
export const EMPLOYEE_BAND_ACTIVITY: Readonly<Record<EmployeeBand, number>> = {
  EMPLOYEES_1_9: 0.85,
  EMPLOYEES_10_49: 1.3,
  EMPLOYEES_50_249: 1.7,
};

/** Share of organisations naming a theme. */
export const THEME_SHARES: Readonly<Record<PartnerKind, Partial<Record<ThemeCode, number>>>> = {
  ZO: {
    'regional-development': 0.12,
    youth: 0.12,
    education: 0.08,
    'work-life-balance': 0.04,
    digitalisation: 0.04,
  },
  KMU: {
    'regional-development': 0.28,
    youth: 0.14,
    sport: 0.12,
    'competence-management': 0.1,
    'work-life-balance': 0.1,
    education: 0.08,
    health: 0.07,
    climate: 0.06,
    digitalisation: 0.06,
    environment: 0.05,
    culture: 0.05,
  },
};

export const DEFAULT_THEME_SHARE = 0.025;

/** Themes a ZO's field makes likely (share, not multiplier). */
export const ZO_FIELD_THEMES: Readonly<
  Record<EngagementField, Partial<Record<ThemeCode, number>>>
> = {
  SPORT: { sport: 0.85, youth: 0.35, health: 0.25 },
  CULTURE: { culture: 0.85, youth: 0.15 },
  SOCIAL: { care: 0.3, seniors: 0.25, migration: 0.2, health: 0.15 },
  COMMUNITY: { 'regional-development': 0.45, environment: 0.15, culture: 0.15 },
  YOUTH: { youth: 0.85, education: 0.45 },
  EDUCATION: { education: 0.85, youth: 0.35, 'competence-management': 0.15 },
  RESCUE: { 'disaster-relief': 0.8, youth: 0.25 },
  ENVIRONMENT: { environment: 0.85, climate: 0.5, 'energy-transition': 0.15 },
  RELIGION: { seniors: 0.3, youth: 0.3, care: 0.15, culture: 0.15 },
  HEALTH: { health: 0.85, care: 0.4 },
  SENIORS: { seniors: 0.85, care: 0.35, health: 0.25 },
  MIGRATION: { migration: 0.85, education: 0.3 },
  OTHER: {},
};

/** Themes a company's section makes likely (share, not multiplier). */
export const KMU_SECTION_THEMES: Readonly<
  Partial<Record<Wz2008Section, Partial<Record<ThemeCode, number>>>>
> = {
  D: { 'energy-transition': 0.7, climate: 0.45 },
  E: { environment: 0.55, climate: 0.3 },
  J: { digitalisation: 0.6 },
  P: { education: 0.6, youth: 0.3 },
  Q: { health: 0.6, care: 0.35 },
  R: { culture: 0.3, sport: 0.3 },
  A: { environment: 0.35 },
  F: { 'energy-transition': 0.15 },
};

/** Share of organisations holding an attribute (among those their check can record). */
export const ATTRIBUTE_SHARES: Readonly<
  Record<PartnerKind, Partial<Record<QualityAttributeCode, number>>>
> = {
  ZO: {
    'charitable-status': 0.82,
    'named-contact-person': 0.45,
    'volunteer-insurance': 0.35,
    'child-protection-concept': 0.14,
    'financial-report-published': 0.12,
  },
  KMU: {
    'om-practice-check': 0.05,
    'inqa-om-agreement': 0.03,
    'oshms-certificate': 0.035,
    'environmental-certificate': 0.025,
    'sustainability-report': 0.02,
  },
};

/** ZO fields with many minors: a child-protection concept is the rule there. */
export const CHILD_PROTECTION_FIELDS: readonly EngagementField[] = ['YOUTH', 'SPORT', 'EDUCATION'];

/** Share of organisations requiring a quality criterion of their partners. */
export const REQUIRED_CRITERION_SHARES: Readonly<
  Record<PartnerKind, Partial<Record<QualityCriterionCode, number>>>
> = {
  ZO: {
    reputation: 0.1,
    'occupational-safety-health': 0.03,
    'environmental-protection': 0.03,
    leadership: 0.02,
    'inqa-om-agreement': 0.01,
    // Evidence for these is not recordable by the company check (see docs/benchmarks.md):
    // kept rare, they make a ZO unmatchable.
    'quality-of-work': 0.004,
    'work-climate': 0.004,
  },
  KMU: {
    'charitable-status': 0.25,
    'named-contact-person': 0.12,
    'volunteer-insurance': 0.08,
    'financial-transparency': 0.04,
    'child-protection-concept': 0.03,
  },
};

/** Share of organisations naming an exit criterion. */
export const EXIT_CRITERION_SHARES: Partial<Record<ExitCriterionCode, number>> = {
  'partner-violates-values': 0.25,
  'goals-reached': 0.22,
  'agreement-breached': 0.15,
  'capacity-exhausted': 0.12,
  'reputational-risk': 0.08,
};

export const DEFAULT_EXIT_CRITERION_SHARE = 0.04;

/** Search radius in km: clubs look locally, companies a little further. */
export const RADIUS_SHARES: Readonly<Record<PartnerKind, readonly (readonly [number, number])[]>> =
  {
    ZO: [
      [10, 0.2],
      [15, 0.15],
      [20, 0.2],
      [25, 0.1],
      [30, 0.15],
      [40, 0.08],
      [50, 0.07],
      [80, 0.05],
    ],
    KMU: [
      [10, 0.08],
      [15, 0.08],
      [20, 0.15],
      [25, 0.1],
      [30, 0.2],
      [40, 0.12],
      [50, 0.15],
      [60, 0.05],
      [80, 0.07],
    ],
  };

/** Share of organisations with required criteria that accept only verified evidence. */
export const REQUIRE_VERIFIED_SHARE = 0.05;

/** Share of offered effortful topics with stated terms (lead time, group size, capacity). */
export const OFFER_TERMS_SHARE = 0.35;

/** Share of attributes an intermediary of the district has verified (where there is one). */
export const VERIFIED_ATTRIBUTE_SHARE = 0.2;

/** Intermediaries (volunteer agencies, economic development, OM networks) at scale 1. */
export const INTERMEDIARIES_AT_SCALE_1 = 1_000;
export const ZO_AT_SCALE_1 = 620_000;
export const KMU_AT_SCALE_1 = 3_400_000;
