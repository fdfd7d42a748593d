import { GraphQLError } from 'graphql';

/** The GraphQL error codes Brückenschlag uses; clients branch on these. */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  /** Temporarily unable to answer (e.g. an index still loading after a start); retry later. */
  | 'UNAVAILABLE';

export interface FieldProblem {
  /** Path of the offending input field, e.g. `bounds.south`. */
  field: string;
  /** i18n key of the message, e.g. `bounds.latitude`. */
  messageKey: string;
}

/**
 * Base of every expected (typed) error. Each bounded context subclasses it in its
 * `<context>.errors.ts`; the English message is a fallback, clients translate `messageKey`.
 */
export class ApiError extends GraphQLError {
  constructor(
    code: ApiErrorCode,
    messageKey: string,
    message: string,
    extra: { fields?: FieldProblem[]; [key: string]: unknown } = {},
  ) {
    super(message, { extensions: { code, messageKey, ...extra } });
    this.name = new.target.name;
  }
}

export class InvalidInputError extends ApiError {
  constructor(fields: FieldProblem[]) {
    super(
      'BAD_USER_INPUT',
      'errors.invalidInput',
      `Invalid input: ${fields.map((f) => `${f.field} (${f.messageKey})`).join(', ')}`,
      { fields },
    );
  }
}
