import {
  checkpointCriteria,
  counterpartKind,
  latestCheckVersion,
  qualityCriterion,
  type AssessmentAnswers,
  type CheckVersion,
  type PartnerKind,
  type QualityCriterionCode,
  type Rating,
} from '@bs/domain';
import { createRandom } from './demo-organisations';

/** How an organisation tends to rate itself: most are half-way, some advanced, some starting. */
const PROFILES: { weights: [number, number, number]; tickShare: number }[] = [
  { weights: [0.5, 0.4, 0.1], tickShare: 0.15 }, // just starting
  { weights: [0.2, 0.5, 0.3], tickShare: 0.3 }, // on the way
  { weights: [0.05, 0.35, 0.6], tickShare: 0.5 }, // experienced
];

function pickRating(random: () => number, [red, yellow]: [number, number, number]): Rating {
  const r = random();
  return r < red ? 'RED' : r < red + yellow ? 'YELLOW' : 'GREEN';
}

/** Attributes nearly every organisation of its kind holds (most clubs are charitable). */
const COMMON_ATTRIBUTES = new Set(['charitable-status', 'named-contact-person']);
const COMMON_SHARE = 0.85;

/** Share of the quality criteria a demo organisation requires of its partners. */
const CRITERION_SHARE = 0.1;

/** The attributes an organisation of `kind` can show through its own practice check. */
function attributesFromCheck(kind: PartnerKind): Set<string> {
  return new Set(
    latestCheckVersion(kind).checkpoints.flatMap((checkpoint) =>
      checkpoint.examples.flatMap((example) =>
        example.codes.flatMap((c) => (c.type === 'attribute' ? [c.attribute] : [])),
      ),
    ),
  );
}

/**
 * Whether partners of an organisation of `kind` can meet the criterion with what their check
 * records (some criteria need evidence only added by hand, e.g. a master craftsman business):
 * demo organisations require only those, so the demo region has matches to show.
 */
function meetableFromChecks(kind: PartnerKind, code: QualityCriterionCode): boolean {
  const shown = attributesFromCheck(counterpartKind(kind));
  return qualityCriterion(code).evidence.some((attribute) => shown.has(attribute));
}

/**
 * Realistic, varied answers for a demo organisation: a self-rating profile per organisation,
 * ratings around it per checkpoint, more ticked examples where the rating is better, and on
 * checkpoint 3 a few quality and exit criteria. Deterministic per `seed`.
 */
export function demoAnswers(version: CheckVersion, seed: number): AssessmentAnswers {
  const random = createRandom(seed);
  const profile = PROFILES[Math.floor(random() * PROFILES.length)] ?? PROFILES[1];
  return {
    checkpoints: version.checkpoints.map((checkpoint) => {
      const rating = pickRating(random, profile.weights);
      const share = profile.tickShare * (rating === 'GREEN' ? 1.6 : rating === 'YELLOW' ? 1 : 0.4);
      const criteria = checkpointCriteria(checkpoint);
      return {
        number: checkpoint.number,
        rating,
        tickedExamples: checkpoint.examples
          .filter((example) =>
            example.codes.every((c) => c.type !== 'qualityCriterion' && c.type !== 'exitCriterion'),
          )
          .filter((example) => {
            const common = example.codes.some(
              (c) => c.type === 'attribute' && COMMON_ATTRIBUTES.has(c.attribute),
            );
            return random() < (common ? COMMON_SHARE : share);
          })
          .map((example) => example.code),
        notes: '',
        requiredCriteria: criteria.qualityCriteria.filter(
          (code) => random() < CRITERION_SHARE && meetableFromChecks(version.template.kind, code),
        ),
        exitCriteria: criteria.exitCriteria.filter(() => random() < 0.25),
      };
    }),
  };
}

export interface DemoAssessment {
  organisationName: string;
  template: string;
  version: number;
  answers: AssessmentAnswers;
  /** Days before the seeding that the check was completed. */
  completedDaysAgo: number;
}

/** One completed check for every demo ZO and KMU. */
export function demoAssessments(organisations: { name: string; kind: string }[]): DemoAssessment[] {
  return organisations
    .filter((o): o is { name: string; kind: 'ZO' | 'KMU' } => o.kind === 'ZO' || o.kind === 'KMU')
    .map((organisation, index) => {
      const version = latestCheckVersion(organisation.kind);
      return {
        organisationName: organisation.name,
        template: version.template.code,
        version: version.version,
        answers: demoAnswers(version, 7_000 + index),
        completedDaysAgo: 3 + ((index * 37) % 200),
      };
    });
}
