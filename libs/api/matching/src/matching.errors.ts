import { ApiError, type FieldProblem } from '@bs/api/graphql';

/** Bad filters: radius, unknown topics or themes, page size (every problem in `fields`). */
export class MatchQueryError extends ApiError {
  constructor(fields: FieldProblem[]) {
    super(
      'BAD_USER_INPUT',
      fields[0]?.messageKey ?? 'errors.invalidInput',
      `Invalid match query: ${fields.map((f) => `${f.field} (${f.messageKey})`).join(', ')}`,
      { fields },
    );
  }
}

/** Matches are read for an organisation one belongs to, accompanies or serves as intermediary. */
export class MatchesForbiddenError extends ApiError {
  constructor() {
    super(
      'FORBIDDEN',
      'matching.notActingFor',
      'Only members, granted consultants and the intermediaries serving its region see an organisation’s matches',
    );
  }
}

/** Only members (owner, editor) exclude partners. */
export class ExclusionForbiddenError extends ApiError {
  constructor() {
    super('FORBIDDEN', 'matching.excludeForbidden', 'Only owners and editors exclude partners');
  }
}

/** Intermediaries broker on behalf of organisations; they have no matches of their own. */
export class KindCannotMatchError extends ApiError {
  constructor() {
    super(
      'BAD_USER_INPUT',
      'matching.kindCannotMatch',
      'Intermediaries have no matches of their own; open the matches of an organisation in your region',
    );
  }
}

/** The organisation has no cooperation profile yet (no completed check, nothing added by hand). */
export class NoMatchProfileError extends ApiError {
  constructor() {
    super(
      'CONFLICT',
      'matching.noProfile',
      'There is no profile to match yet: complete a practice check first',
    );
  }
}

/** The partner asked about is not a ZO or KMU with a profile. */
export class PartnerCannotMatchError extends ApiError {
  constructor(partnerId: string) {
    super(
      'BAD_USER_INPUT',
      'matching.partnerCannotMatch',
      `Organisation ${partnerId} cannot be matched`,
      {
        partnerId,
      },
    );
  }
}
