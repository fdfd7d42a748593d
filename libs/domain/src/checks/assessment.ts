import type { ExitCriterionCode } from '../taxonomy/exit-criteria';
import { isExitCriterionCode } from '../taxonomy/exit-criteria';
import type { QualityCriterionCode } from '../taxonomy/quality';
import { isQualityCriterionCode } from '../taxonomy/quality';
import type { Checkpoint, CheckVersion } from './check-types';
import { isRating, type Rating } from './ratings';
import { checkpointByNumber, checkpointOfExample } from './registry';

/** One checkpoint's answer: its rating, ticked examples and notes. */
export interface CheckpointAnswer {
  readonly number: number;
  /** null while the checkpoint has not been rated yet (drafts). */
  readonly rating: Rating | null;
  /** Codes of the examples that already describe the organisation's practice. */
  readonly tickedExamples: readonly string[];
  readonly notes: string;
  /** Quality criteria required of partners (checkpoint 3 only). */
  readonly requiredCriteria?: readonly QualityCriterionCode[];
  /** Reasons that end a cooperation (checkpoint 3 only). */
  readonly exitCriteria?: readonly ExitCriterionCode[];
}

/** The answers of one assessment (Selbstbewertung) of a check version. */
export interface AssessmentAnswers {
  readonly checkpoints: readonly CheckpointAnswer[];
}

/** Answers as they arrive from outside, before validation: any strings are possible. */
export interface UncheckedAssessmentAnswers {
  readonly checkpoints: readonly {
    readonly number: number;
    readonly rating: string | null;
    readonly tickedExamples: readonly string[];
    readonly notes: string;
    readonly requiredCriteria?: readonly string[] | null;
    readonly exitCriteria?: readonly string[] | null;
  }[];
}

/** Longest note per checkpoint, in characters. */
export const NOTES_MAX_LENGTH = 4000;

export type AssessmentProblemKey =
  | 'checks.checkpointUnknown'
  | 'checks.checkpointDuplicate'
  | 'checks.ratingInvalid'
  | 'checks.exampleUnknown'
  | 'checks.exampleWrongCheckpoint'
  | 'checks.exampleDuplicate'
  | 'checks.criterionUnknown'
  | 'checks.criterionNotAllowed'
  | 'checks.criterionDuplicate'
  | 'checks.notesTooLong'
  | 'checks.unrated';

export interface AssessmentProblem {
  /** Where in the answers, e.g. `checkpoints[2].tickedExamples[0]`; `checkpoints` for a missing entry. */
  readonly path: string;
  readonly messageKey: AssessmentProblemKey;
  /** The checkpoint number the problem concerns, when it is one of the version's. */
  readonly checkpoint?: number;
}

/**
 * The quality and exit criteria a checkpoint lets an organisation choose: those carried by its
 * examples. In the published checks only checkpoint 3 carries any, and a check offers only the
 * criteria that apply to the other kind (a ZO requires company criteria and vice versa).
 */
export function checkpointCriteria(checkpoint: Checkpoint): {
  qualityCriteria: QualityCriterionCode[];
  exitCriteria: ExitCriterionCode[];
} {
  const qualityCriteria = new Set<QualityCriterionCode>();
  const exitCriteria = new Set<ExitCriterionCode>();
  for (const example of checkpoint.examples) {
    for (const code of example.codes) {
      if (code.type === 'qualityCriterion') qualityCriteria.add(code.criterion);
      if (code.type === 'exitCriterion') exitCriteria.add(code.criterion);
    }
  }
  return { qualityCriteria: [...qualityCriteria], exitCriteria: [...exitCriteria] };
}

/**
 * Validates answers against the version they were given for. A draft may leave checkpoints
 * unrated or out; with `completing`, every checkpoint of the version must be rated. Returns
 * every problem found (empty when the answers are fine), each with an i18n message key.
 * Entries with an unknown checkpoint number are reported once and not examined further.
 */
export function assessmentProblems(
  version: CheckVersion,
  answers: UncheckedAssessmentAnswers,
  options: { completing: boolean },
): AssessmentProblem[] {
  const problems: AssessmentProblem[] = [];
  const seenNumbers = new Set<number>();

  answers.checkpoints.forEach((answer, i) => {
    const at = `checkpoints[${i}]`;
    const checkpoint = checkpointByNumber(version, answer.number);
    if (!checkpoint) {
      problems.push({ path: `${at}.number`, messageKey: 'checks.checkpointUnknown' });
      return;
    }
    const report = (path: string, messageKey: AssessmentProblemKey) =>
      problems.push({ path, messageKey, checkpoint: checkpoint.number });

    if (seenNumbers.has(checkpoint.number)) report(`${at}.number`, 'checks.checkpointDuplicate');
    seenNumbers.add(checkpoint.number);

    if (answer.rating !== null && !isRating(answer.rating))
      report(`${at}.rating`, 'checks.ratingInvalid');
    if (answer.notes.length > NOTES_MAX_LENGTH) report(`${at}.notes`, 'checks.notesTooLong');

    const ticked = new Set<string>();
    answer.tickedExamples.forEach((code, j) => {
      const path = `${at}.tickedExamples[${j}]`;
      const home = checkpointOfExample(version, code);
      if (!home) report(path, 'checks.exampleUnknown');
      else if (home.number !== checkpoint.number) report(path, 'checks.exampleWrongCheckpoint');
      else if (ticked.has(code)) report(path, 'checks.exampleDuplicate');
      ticked.add(code);
    });

    const allowed = checkpointCriteria(checkpoint);
    const checkCriteria = (
      field: 'requiredCriteria' | 'exitCriteria',
      isKnown: (code: string) => boolean,
      allowedCodes: readonly string[],
    ) => {
      const seen = new Set<string>();
      (answer[field] ?? []).forEach((code, j) => {
        const path = `${at}.${field}[${j}]`;
        if (!isKnown(code)) report(path, 'checks.criterionUnknown');
        else if (!allowedCodes.includes(code)) report(path, 'checks.criterionNotAllowed');
        else if (seen.has(code)) report(path, 'checks.criterionDuplicate');
        seen.add(code);
      });
    };
    checkCriteria('requiredCriteria', isQualityCriterionCode, allowed.qualityCriteria);
    checkCriteria('exitCriteria', isExitCriterionCode, allowed.exitCriteria);
  });

  if (options.completing) {
    for (const checkpoint of version.checkpoints) {
      const i = answers.checkpoints.findIndex((a) => a.number === checkpoint.number);
      if (i === -1) {
        problems.push({
          path: 'checkpoints',
          messageKey: 'checks.unrated',
          checkpoint: checkpoint.number,
        });
      } else if (answers.checkpoints[i]?.rating === null) {
        problems.push({
          path: `checkpoints[${i}].rating`,
          messageKey: 'checks.unrated',
          checkpoint: checkpoint.number,
        });
      }
    }
  }
  return problems;
}
