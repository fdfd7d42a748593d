import { ApiError, type FieldProblem } from '@bs/api/graphql';
import type { CheckpointAnswer } from './models/assessment.model';

export class AssessmentNotFoundError extends ApiError {
  constructor(id: string) {
    super('NOT_FOUND', 'checks.assessmentNotFound', `Assessment ${id} not found`, { id });
  }
}

export class MeasureNotFoundError extends ApiError {
  constructor(id: string) {
    super('NOT_FOUND', 'measures.notFound', `Measure ${id} not found`, { id });
  }
}

export class AssessmentCompletedError extends ApiError {
  constructor() {
    super(
      'CONFLICT',
      'checks.completedReadOnly',
      'A completed assessment cannot be changed; start a new check instead',
    );
  }
}

/** Someone else saved in between: the error carries their answers so they can be shown. */
export class AssessmentConflictError extends ApiError {
  constructor(revision: number, checkpoints: CheckpointAnswer[]) {
    super(
      'CONFLICT',
      'checks.revisionConflict',
      `The assessment was changed by someone else (now revision ${revision})`,
      { current: { revision, checkpoints } },
    );
  }
}

export class MeasureVersionConflictError extends ApiError {
  constructor(version: number) {
    super('CONFLICT', 'measures.versionConflict', `The measure was changed by someone else`, {
      currentVersion: version,
    });
  }
}

export class KindCannotAssessError extends ApiError {
  constructor() {
    super(
      'BAD_USER_INPUT',
      'checks.kindCannotAssess',
      'Only civil-society organisations and companies fill in a practice check',
    );
  }
}

export class CheckProblemsError extends ApiError {
  constructor(fields: FieldProblem[]) {
    super(
      'BAD_USER_INPUT',
      fields[0]?.messageKey ?? 'errors.invalidInput',
      `Invalid answers: ${fields.map((f) => `${f.field} (${f.messageKey})`).join(', ')}`,
      { fields },
    );
  }
}

export class UnknownCatalogueError extends ApiError {
  constructor(template: string, version?: number) {
    super(
      'NOT_FOUND',
      'checks.catalogueUnknown',
      `No check ${template}${version ? `@${version}` : ''}`,
    );
  }
}
