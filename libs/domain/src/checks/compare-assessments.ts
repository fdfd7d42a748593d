import type { AssessmentAnswers, CheckpointAnswer } from './assessment';
import { ratingRank, type Rating } from './ratings';

/**
 * How a checkpoint's rating moved between two assessments. `new`: rated now, not before;
 * `unrated`: rated before, not now (a draft); `unchanged` also when unrated both times.
 */
export type RatingChange = 'improved' | 'worsened' | 'unchanged' | 'new' | 'unrated';

export interface CheckpointComparison {
  readonly number: number;
  readonly previous: Rating | null;
  readonly current: Rating | null;
  readonly change: RatingChange;
  /** Examples ticked now but not before, in the current answer's order. */
  readonly examplesAdded: string[];
  /** Examples ticked before but not now, in the previous answer's order. */
  readonly examplesRemoved: string[];
}

function ratingChange(previous: Rating | null, current: Rating | null): RatingChange {
  if (previous === null) return current === null ? 'unchanged' : 'new';
  if (current === null) return 'unrated';
  const delta = ratingRank(current) - ratingRank(previous);
  return delta > 0 ? 'improved' : delta < 0 ? 'worsened' : 'unchanged';
}

/**
 * Compares two assessments checkpoint by checkpoint (every number in either, ascending), so
 * progress can be shown: GREEN is better than YELLOW, YELLOW better than RED. Without a previous
 * assessment every rated checkpoint is `new`. Example codes are compared as strings, so answers
 * to different versions compare as long as the codes were kept.
 */
export function compareAssessments(
  previous: AssessmentAnswers | null,
  current: AssessmentAnswers,
): CheckpointComparison[] {
  const before = new Map<number, CheckpointAnswer>();
  for (const answer of previous?.checkpoints ?? []) {
    if (!before.has(answer.number)) before.set(answer.number, answer);
  }
  const now = new Map<number, CheckpointAnswer>();
  for (const answer of current.checkpoints) {
    if (!now.has(answer.number)) now.set(answer.number, answer);
  }
  const numbers = [...new Set([...before.keys(), ...now.keys()])].sort((a, b) => a - b);
  return numbers.map((number) => {
    const was = before.get(number);
    const is = now.get(number);
    const wasTicked = new Set(was?.tickedExamples ?? []);
    const isTicked = new Set(is?.tickedExamples ?? []);
    const previousRating = was?.rating ?? null;
    const currentRating = is?.rating ?? null;
    return {
      number,
      previous: previousRating,
      current: currentRating,
      change: ratingChange(previousRating, currentRating),
      examplesAdded: [...isTicked].filter((code) => !wasTicked.has(code)),
      examplesRemoved: [...wasTicked].filter((code) => !isTicked.has(code)),
    };
  });
}
