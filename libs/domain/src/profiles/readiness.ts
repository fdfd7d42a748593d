import { CHECKPOINT_NUMBERS, type CheckpointNumber } from '../checks/check-types';
import { ratingRank, type Rating } from '../checks/ratings';
import type { Readiness } from './profile-types';

/** Checkpoints that weigh double in the readiness score: contact development and agreements. */
export const READINESS_KEY_CHECKPOINTS: readonly CheckpointNumber[] = [5, 6];

const weightOf = (number: number) =>
  (READINESS_KEY_CHECKPOINTS as readonly number[]).includes(number) ? 2 : 1;

/**
 * The readiness summary of seven ratings (checkpoints 1–7 in order). Throws when a rating is
 * missing: only completed checks have a readiness.
 */
export function readinessOf(ratings: readonly (Rating | null)[]): Readiness {
  if (ratings.length !== CHECKPOINT_NUMBERS.length || ratings.some((r) => r === null)) {
    throw new Error('A readiness needs a rating for each of the seven checkpoints');
  }
  const rated = ratings as readonly Rating[];
  let weighted = 0;
  let weights = 0;
  rated.forEach((rating, i) => {
    const weight = weightOf(i + 1);
    weighted += (weight * ratingRank(rating)) / 2;
    weights += weight;
  });
  return {
    ratings: [...rated],
    green: rated.filter((r) => r === 'GREEN').length,
    yellow: rated.filter((r) => r === 'YELLOW').length,
    red: rated.filter((r) => r === 'RED').length,
    score: Math.round((weighted / weights) * 1000) / 1000,
  };
}
