import type { Label } from '../organisations/organisation-attributes';
import type { AssessmentAnswers } from './assessment';
import type { CheckpointNumber, CheckVersion } from './check-types';
import { CHECKPOINT_NUMBERS } from './check-types';
import { checkpointByNumber, checkpointOfExample } from './registry';

/** Priority of a row of the measures plan. */
export const MEASURE_PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type MeasurePriority = (typeof MEASURE_PRIORITIES)[number];

export const MEASURE_PRIORITY_LABELS = {
  HIGH: { de: 'hoch', en: 'high' },
  MEDIUM: { de: 'mittel', en: 'medium' },
  LOW: { de: 'niedrig', en: 'low' },
} as const satisfies Record<MeasurePriority, Label>;

/** Progress of a row of the measures plan. */
export const MEASURE_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const MEASURE_STATUS_LABELS = {
  OPEN: { de: 'offen', en: 'open' },
  IN_PROGRESS: { de: 'in Arbeit', en: 'in progress' },
  DONE: { de: 'erledigt', en: 'done' },
} as const satisfies Record<MeasureStatus, Label>;

/** Longest measure text, in characters. */
export const MEASURE_TEXT_MAX_LENGTH = 500;

/** A measure the plan could take up, suggested from an example of a red or yellow checkpoint. */
export interface SuggestedMeasure {
  readonly checkpoint: CheckpointNumber;
  /** The example it was derived from, so the plan can link back to it. */
  readonly exampleCode: string;
  /** The example's text: examples are written as action phrases that read as measures. */
  readonly text: Label;
  /** HIGH for a red checkpoint, MEDIUM for a yellow one. */
  readonly priority: MeasurePriority;
}

/**
 * Suggests rows for the measures plan: for every checkpoint rated RED (first) and then YELLOW,
 * in checkpoint order, each example that is NOT ticked yet, in catalogue order. A ticked example
 * already describes the organisation's practice, so it is nothing to build; an unticked one in a
 * checkpoint with need for action is a concrete step to consider. GREEN and unrated checkpoints
 * suggest nothing; answers for numbers the version lacks are ignored, and of two answers for the
 * same checkpoint the first counts.
 */
export function suggestMeasures(
  version: CheckVersion,
  answers: AssessmentAnswers,
): SuggestedMeasure[] {
  const suggestions: SuggestedMeasure[] = [];
  for (const rating of ['RED', 'YELLOW'] as const) {
    const priority: MeasurePriority = rating === 'RED' ? 'HIGH' : 'MEDIUM';
    for (const checkpoint of version.checkpoints) {
      const answer = answers.checkpoints.find((a) => a.number === checkpoint.number);
      if (answer?.rating !== rating) continue;
      const ticked = new Set(answer.tickedExamples);
      for (const example of checkpoint.examples) {
        if (ticked.has(example.code)) continue;
        suggestions.push({
          checkpoint: checkpoint.number,
          exampleCode: example.code,
          text: example.text,
          priority,
        });
      }
    }
  }
  return suggestions;
}

/** A row of the measures plan as entered, before validation. */
export interface MeasureInput {
  readonly checkpoint: number;
  /** The measure in the organisation's own words (one language, as typed). */
  readonly text: string;
  readonly priority: string;
  readonly status: string;
  readonly responsible?: string | null;
  /** ISO dates (YYYY-MM-DD). */
  readonly startDate?: string | null;
  readonly reviewDate?: string | null;
  /** The example the measure was taken from, if any. */
  readonly exampleCode?: string | null;
}

export type MeasureProblemKey =
  | 'measures.textEmpty'
  | 'measures.textTooLong'
  | 'measures.checkpointUnknown'
  | 'measures.priorityInvalid'
  | 'measures.statusInvalid'
  | 'measures.dateInvalid'
  | 'measures.reviewBeforeStart'
  | 'measures.exampleUnknown';

export interface MeasureProblem {
  readonly path: string;
  readonly messageKey: MeasureProblemKey;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * Validates one row of the measures plan. Checkpoints are 1–7 (or, given a version, that
 * version's); the review date may equal the start date but not precede it. With a version, a
 * referenced example must belong to the measure's checkpoint.
 */
export function measureProblems(measure: MeasureInput, version?: CheckVersion): MeasureProblem[] {
  const problems: MeasureProblem[] = [];
  const report = (path: string, messageKey: MeasureProblemKey) =>
    problems.push({ path, messageKey });

  const text = measure.text.trim();
  if (text.length === 0) report('text', 'measures.textEmpty');
  else if (text.length > MEASURE_TEXT_MAX_LENGTH) report('text', 'measures.textTooLong');

  const knownCheckpoint = version
    ? checkpointByNumber(version, measure.checkpoint) !== undefined
    : (CHECKPOINT_NUMBERS as readonly number[]).includes(measure.checkpoint);
  if (!knownCheckpoint) report('checkpoint', 'measures.checkpointUnknown');

  if (!(MEASURE_PRIORITIES as readonly string[]).includes(measure.priority))
    report('priority', 'measures.priorityInvalid');
  if (!(MEASURE_STATUSES as readonly string[]).includes(measure.status))
    report('status', 'measures.statusInvalid');

  const start = measure.startDate ?? null;
  const review = measure.reviewDate ?? null;
  const startValid = start !== null && isIsoDate(start);
  const reviewValid = review !== null && isIsoDate(review);
  if (start !== null && !startValid) report('startDate', 'measures.dateInvalid');
  if (review !== null && !reviewValid) report('reviewDate', 'measures.dateInvalid');
  // ISO dates compare correctly as strings.
  if (startValid && reviewValid && review < start)
    report('reviewDate', 'measures.reviewBeforeStart');

  const exampleCode = measure.exampleCode ?? null;
  if (version && exampleCode !== null && knownCheckpoint) {
    if (checkpointOfExample(version, exampleCode)?.number !== measure.checkpoint)
      report('exampleCode', 'measures.exampleUnknown');
  }
  return problems;
}
