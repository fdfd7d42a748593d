import {
  checkpointCriteria,
  latestCheckVersion,
  type AssessmentAnswers,
  type CheckVersion,
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
          .filter(() => random() < share)
          .map((example) => example.code),
        notes: '',
        requiredCriteria: criteria.qualityCriteria.filter(() => random() < 0.3),
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
