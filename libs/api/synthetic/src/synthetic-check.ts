import {
  checkpointCriteria,
  deriveProfile,
  profileItemKey,
  RATINGS,
  ratingsToLetters,
  topic,
  type AssessmentAnswers,
  type CheckpointAnswer,
  type CheckVersion,
  type DerivedItem,
  type ExitCriterionCode,
  type IndexedProfile,
  type PartnerKind,
  type ProfileItem,
  type QualityCriterionCode,
  type TopicCode,
} from '@bs/domain';
import {
  ATTRIBUTE_SHARES,
  CHILD_PROTECTION_FIELDS,
  DEFAULT_EXIT_CRITERION_SHARE,
  DEFAULT_THEME_SHARE,
  DEFAULT_TOPIC_SHARE,
  EMPLOYEE_BAND_ACTIVITY,
  EXIT_CRITERION_SHARES,
  KMU_SECTION_THEMES,
  KMU_SECTION_TOPIC_BOOSTS,
  OFFER_TERMS_SHARE,
  PERSONAS,
  PLAIN_EXAMPLE_SHARE,
  RADIUS_SHARES,
  REQUIRE_VERIFIED_SHARE,
  REQUIRED_CRITERION_SHARES,
  THEME_SHARES,
  TOPIC_SHARES,
  VERIFIED_ATTRIBUTE_SHARE,
  ZO_FIELD_THEMES,
  ZO_FIELD_TOPIC_BOOSTS,
  type Persona,
  type TopicItem,
} from './distributions';
import { chance, pickOne, pickWeighted, weightedTable, type Random } from './random';
import type { SyntheticOrganisation } from './synthetic-organisation';

/** An example of the catalogue with the profile items ticking it contributes. */
interface ExampleModel {
  readonly code: string;
  readonly checkpoint: number;
  /** Position in the version, for ticking in catalogue order. */
  readonly position: number;
  /** Profile item keys (topics, themes, attributes) it carries. */
  readonly items: readonly string[];
  /** Whether it is checkpoint 3's menu of criteria (it carries criteria, not items). */
  readonly criteriaMenu: boolean;
}

/** A check version prepared for generating answers: examples by the items they carry. */
export interface CatalogueModel {
  readonly version: CheckVersion;
  readonly kind: PartnerKind;
  readonly examples: readonly ExampleModel[];
  /** The examples of each checkpoint (index 0 is checkpoint 1), in catalogue order. */
  readonly byCheckpoint: readonly (readonly ExampleModel[])[];
  /** Every item some example carries, with the examples that carry it. */
  readonly carriers: ReadonlyMap<string, readonly ExampleModel[]>;
  readonly items: ReadonlyMap<string, ProfileItem>;
  /** The criteria each checkpoint lets an organisation choose (checkpoint 3). */
  readonly criteria: ReadonlyMap<
    number,
    { quality: readonly QualityCriterionCode[]; exit: readonly ExitCriterionCode[] }
  >;
}

const models = new WeakMap<CheckVersion, CatalogueModel>();

/** The version's examples indexed by meaning; computed once per version. */
export function catalogueModel(version: CheckVersion): CatalogueModel {
  const cached = models.get(version);
  if (cached) return cached;
  const examples: ExampleModel[] = [];
  const carriers = new Map<string, ExampleModel[]>();
  const items = new Map<string, ProfileItem>();
  const criteria = new Map<
    number,
    { quality: QualityCriterionCode[]; exit: ExitCriterionCode[] }
  >();
  let position = 0;
  for (const checkpoint of version.checkpoints) {
    const menu = checkpointCriteria(checkpoint);
    if (menu.qualityCriteria.length > 0 || menu.exitCriteria.length > 0) {
      criteria.set(checkpoint.number, { quality: menu.qualityCriteria, exit: menu.exitCriteria });
    }
    for (const example of checkpoint.examples) {
      const own: ProfileItem[] = [];
      for (const meaning of example.codes) {
        if (meaning.type === 'topic') {
          own.push({ category: 'TOPIC', code: meaning.topic, direction: meaning.direction });
        } else if (meaning.type === 'theme') {
          own.push({ category: 'THEME', code: meaning.theme, direction: null });
        } else if (meaning.type === 'attribute') {
          own.push({ category: 'ATTRIBUTE', code: meaning.attribute, direction: null });
        }
      }
      const model: ExampleModel = {
        code: example.code,
        checkpoint: checkpoint.number,
        position: position++,
        items: own.map(profileItemKey),
        criteriaMenu: example.codes.some(
          (c) => c.type === 'qualityCriterion' || c.type === 'exitCriterion',
        ),
      };
      examples.push(model);
      own.forEach((item) => {
        const key = profileItemKey(item);
        items.set(key, item);
        const list = carriers.get(key);
        if (list) list.push(model);
        else carriers.set(key, [model]);
      });
    }
  }
  const model: CatalogueModel = {
    version,
    kind: version.template.kind,
    examples,
    byCheckpoint: version.checkpoints.map((c) => examples.filter((e) => e.checkpoint === c.number)),
    carriers,
    items,
    criteria,
  };
  models.set(version, model);
  return model;
}

const PERSONA_TABLE = weightedTable(PERSONAS.map((p) => [p, p.share] as const));
const RADIUS_TABLES = {
  ZO: weightedTable(RADIUS_SHARES.ZO),
  KMU: weightedTable(RADIUS_SHARES.KMU),
};

/** How likely this organisation is to hold an item, before its persona's activity. */
function itemShare(
  item: ProfileItem,
  organisation: SyntheticOrganisation,
  kind: PartnerKind,
): number {
  const field = organisation.engagementField;
  const section = organisation.wzSection;
  if (item.category === 'TOPIC') {
    const key = `${item.code}:${item.direction ?? ''}` as TopicItem;
    const base = TOPIC_SHARES[kind][key] ?? DEFAULT_TOPIC_SHARE;
    const boost =
      kind === 'ZO'
        ? ((field && ZO_FIELD_TOPIC_BOOSTS[field]?.[key]) ?? 1)
        : ((section && KMU_SECTION_TOPIC_BOOSTS[section]?.[key]) ?? 1) *
          (organisation.employeeBand ? EMPLOYEE_BAND_ACTIVITY[organisation.employeeBand] : 1);
    return base * boost;
  }
  if (item.category === 'THEME') {
    const code = item.code as keyof (typeof THEME_SHARES)['ZO'];
    const specific =
      kind === 'ZO'
        ? field && ZO_FIELD_THEMES[field][code]
        : section && KMU_SECTION_THEMES[section]?.[code];
    return specific || (THEME_SHARES[kind][code] ?? DEFAULT_THEME_SHARE);
  }
  if (item.category === 'ATTRIBUTE') {
    const code = item.code as keyof (typeof ATTRIBUTE_SHARES)['ZO'];
    if (code === 'child-protection-concept' && field && CHILD_PROTECTION_FIELDS.includes(field)) {
      return 0.5;
    }
    // Initiatives without a legal form cannot be recognised as charitable.
    if (code === 'charitable-status' && organisation.legalForm === null) return 0.05;
    const base = ATTRIBUTE_SHARES[kind][code] ?? 0;
    // Certificates and management systems are far more common in larger companies.
    const size =
      organisation.employeeBand === 'EMPLOYEES_50_249'
        ? 4
        : organisation.employeeBand === 'EMPLOYEES_10_49'
          ? 2
          : 1;
    return kind === 'KMU' ? base * size : base;
  }
  return 0;
}

/**
 * Chooses which examples to tick so that the check yields the intended items: for each item
 * one example that carries it and nothing unintended (single-meaning examples exist for every
 * item in the published checks), sometimes a second one; when only examples with further
 * meanings carry it, one of them is ticked and its other items join the profile.
 */
function tickFor(random: Random, model: CatalogueModel, intended: Set<string>): Set<ExampleModel> {
  const ticked = new Set<ExampleModel>();
  const pending = [...intended];
  while (pending.length > 0) {
    const key = pending.shift() as string;
    const carriers = model.carriers.get(key) ?? [];
    const clean = carriers.filter((e) => e.items.every((i) => intended.has(i)));
    if (clean.length > 0) {
      if (!clean.some((e) => ticked.has(e))) ticked.add(pickOne(random, clean));
      for (const extra of clean) if (chance(random, 0.2)) ticked.add(extra);
    } else if (carriers.length > 0) {
      const fewest = Math.min(...carriers.map((e) => e.items.length));
      const example = pickOne(
        random,
        carriers.filter((e) => e.items.length === fewest),
      );
      ticked.add(example);
      for (const item of example.items) {
        if (!intended.has(item)) {
          intended.add(item);
          pending.push(item);
        }
      }
    }
  }
  return ticked;
}

/** One completed check of a synthetic organisation and what the platform derives from it. */
export interface SyntheticCheck {
  readonly assessmentId: string;
  readonly version: CheckVersion;
  readonly answers: AssessmentAnswers;
  readonly createdAt: Date;
  readonly completedAt: Date;
  readonly persona: Persona['name'];
  readonly radiusKm: number;
  readonly requireVerified: boolean;
  readonly readiness: number;
  /** Ratings as seven letters R/Y/G. */
  readonly ratings: string;
  /** The `profile_entry` rows, in the order they are written (their identity order). */
  readonly entries: readonly SyntheticEntry[];
  /** What the match index reads back from these rows (`loadIndexedProfiles`). */
  readonly indexed: IndexedProfile;
}

export interface SyntheticEntry extends DerivedItem {
  readonly capacityPerYear: number | null;
  readonly leadTimeDays: number | null;
  readonly groupSize: number | null;
  readonly verifiedByOrganisationId: string | null;
  readonly verifiedAt: Date | null;
}

const DAY_MS = 86_400_000;

export interface CheckContext {
  readonly referenceTime: Date;
  /** Intermediaries serving the organisation's district, who may verify its attributes. */
  readonly verifiers: readonly string[];
}

/**
 * A completed check for the organisation against the latest version of its kind's check,
 * the profile derived from it with `deriveProfile`, and the match-index view of that profile.
 */
export function syntheticCheck(
  random: Random,
  model: CatalogueModel,
  organisation: SyntheticOrganisation,
  assessmentId: string,
  context: CheckContext,
): SyntheticCheck {
  const kind = model.kind;
  const persona = pickWeighted(random, PERSONA_TABLE);
  const cap = (p: number) => Math.min(0.95, p);

  // 1. The items this organisation holds.
  const intended = new Set<string>();
  for (const [key, item] of model.items) {
    const activity = item.category === 'ATTRIBUTE' ? 1 : persona.activity;
    if (chance(random, cap(itemShare(item, organisation, kind) * activity))) intended.add(key);
  }
  // Everyone who completes the check names at least one exchange: the most common ones.
  if (![...intended].some((key) => model.items.get(key)?.category === 'TOPIC')) {
    const topics = [...model.items]
      .filter(([, item]) => item.category === 'TOPIC')
      .map(([key, item]) => [key, itemShare(item, organisation, kind)] as const);
    intended.add(pickWeighted(random, weightedTable(topics)));
  }

  // 2. Ratings, then the examples that record the items plus plain ones by rating.
  const ratings = model.version.checkpoints.map(() => {
    const r = random.next();
    const [red, yellow] = persona.ratings;
    return r < red ? RATINGS[0] : r < red + yellow ? RATINGS[1] : RATINGS[2];
  });
  const ticked = tickFor(random, model, intended);
  const required: QualityCriterionCode[] = [];
  const exits: ExitCriterionCode[] = [];
  for (const [, menu] of model.criteria) {
    for (const code of menu.quality) {
      const share = REQUIRED_CRITERION_SHARES[kind][code] ?? 0;
      const boost =
        code === 'environmental-protection' && organisation.engagementField === 'ENVIRONMENT'
          ? 8
          : 1;
      if (chance(random, share * boost)) required.push(code);
    }
    for (const code of menu.exit) {
      if (chance(random, EXIT_CRITERION_SHARES[code] ?? DEFAULT_EXIT_CRITERION_SHARE)) {
        exits.push(code);
      }
    }
  }
  const checkpoints: CheckpointAnswer[] = model.version.checkpoints.map((checkpoint, i) => {
    const rating = ratings[i] ?? 'YELLOW';
    const plainShare = cap(PLAIN_EXAMPLE_SHARE[rating] * persona.activity);
    const menu = model.criteria.get(checkpoint.number);
    const codes = (model.byCheckpoint[i] ?? [])
      .filter((e) =>
        e.criteriaMenu
          ? required.length + exits.length > 0 && chance(random, 0.7)
          : e.items.length === 0
            ? chance(random, plainShare)
            : ticked.has(e),
      )
      .map((e) => e.code);
    // Compact answers: criteria fields only where the checkpoint offers them and some are chosen.
    return {
      number: checkpoint.number,
      rating,
      tickedExamples: codes,
      notes: '',
      ...(menu && required.length > 0 ? { requiredCriteria: required } : {}),
      ...(menu && exits.length > 0 ? { exitCriteria: exits } : {}),
    };
  });
  const answers: AssessmentAnswers = { checkpoints };

  // 3. Dates: completed between the version's publication and now, started a little earlier.
  const now = context.referenceTime.getTime();
  const published = Math.min(now, Date.parse(`${model.version.publishedAt}T08:00:00Z`));
  const completed = Math.round((now - random.next() * (now - published)) / 1000) * 1000;
  const created = Math.max(published, completed - Math.round(random.next() * 21 * DAY_MS));

  // 4. The derived profile as rows, in derivation order.
  const derived = deriveProfile(model.version, answers);
  const entries: SyntheticEntry[] = derived.items.map((item) => {
    const terms =
      item.category === 'TOPIC' &&
      item.direction === 'OFFERS' &&
      topic(item.code as TopicCode).effortful &&
      chance(random, OFFER_TERMS_SHARE);
    const verified =
      item.category === 'ATTRIBUTE' &&
      context.verifiers.length > 0 &&
      chance(random, VERIFIED_ATTRIBUTE_SHARE);
    return {
      ...item,
      capacityPerYear: terms ? pickOne(random, [1, 2, 4, 6, 12, 24]) : null,
      leadTimeDays: terms ? pickOne(random, [0, 7, 14, 30, 60, 90]) : null,
      groupSize: terms ? pickOne(random, [1, 2, 3, 5, 8, 10, 15, 20]) : null,
      verifiedByOrganisationId: verified ? pickOne(random, context.verifiers) : null,
      verifiedAt: verified
        ? new Date(Math.round((completed + random.next() * (now - completed)) / 1000) * 1000)
        : null,
    };
  });
  const radiusKm = pickWeighted(random, RADIUS_TABLES[kind]);
  const requireVerified = required.length > 0 && chance(random, REQUIRE_VERIFIED_SHARE);
  const readiness = derived.readiness.score;
  const indexed: IndexedProfile = {
    id: organisation.id,
    kind,
    radiusKm,
    requireVerified,
    readiness,
    ratings: derived.readiness.ratings,
    entries: entries.map((e) => ({
      category: e.category,
      code: e.code,
      direction: e.direction,
      verified: e.verifiedAt !== null,
      leadTimeDays: e.leadTimeDays,
      groupSize: e.groupSize,
    })),
  };
  return {
    assessmentId,
    version: model.version,
    answers,
    createdAt: new Date(created),
    completedAt: new Date(completed),
    persona: persona.name,
    radiusKm,
    requireVerified,
    readiness,
    ratings: ratingsToLetters(derived.readiness.ratings),
    entries,
    indexed,
  };
}
