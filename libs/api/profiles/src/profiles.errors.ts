import { ApiError, type FieldProblem } from '@bs/api/graphql';

export class ProfileProblemsError extends ApiError {
  constructor(fields: FieldProblem[]) {
    super(
      'BAD_USER_INPUT',
      fields[0]?.messageKey ?? 'errors.invalidInput',
      `Invalid profile change: ${fields.map((f) => `${f.field} (${f.messageKey})`).join(', ')}`,
      { fields },
    );
  }
}

export class KindHasNoProfileError extends ApiError {
  constructor() {
    super(
      'BAD_USER_INPUT',
      'profiles.kindHasNoProfile',
      'Only civil-society organisations and companies have a cooperation profile',
    );
  }
}

export class ProfileVersionConflictError extends ApiError {
  constructor(version: number) {
    super('CONFLICT', 'profiles.versionConflict', 'The profile was changed by someone else', {
      currentVersion: version,
    });
  }
}

export class EntryNotInProfileError extends ApiError {
  constructor(field: string, messageKey: 'profiles.notOffered' | 'profiles.attributeNotHeld') {
    super('BAD_USER_INPUT', messageKey, 'The profile does not hold this entry', {
      fields: [{ field, messageKey }],
    });
  }
}

/** The intermediary does not serve the organisation's district, or the actor is not its member. */
export class VerifierOutsideRegionError extends ApiError {
  constructor() {
    super(
      'FORBIDDEN',
      'profiles.verifierOutsideRegion',
      'Only an intermediary serving the organisation’s district can verify its attributes',
    );
  }
}
