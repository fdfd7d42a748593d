import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';

/** One offending input field of a typed API error. */
export interface ApiFieldProblem {
  /** Path of the input field, e.g. `postcode` or `contactPerson.email`. */
  field: string;
  /** i18n key of the message, e.g. `regions.unknownPostcode`. */
  messageKey: string;
}

/** What went wrong with a request, in terms the UI can translate. */
export type ApiProblem =
  /**
   * The API answered with a typed error: `messageKey` is its i18n key (e.g. `errors.invalidInput`),
   * `fieldMessageKeys` those of the offending input fields (e.g. `bounds.inverted`), if any,
   * `fields` the same with their paths, and `extensions` everything else the error carries
   * (e.g. `organisations` of `privacy.soleOwner`).
   */
  | {
      kind: 'api';
      code: string | undefined;
      messageKey: string | undefined;
      fieldMessageKeys: string[];
      fields: ApiFieldProblem[];
      extensions: Record<string, unknown>;
    }
  /** The API could not be reached or answered with something that is not GraphQL. */
  | { kind: 'network' };

function stringExtension(extensions: Record<string, unknown> | undefined, name: string) {
  const value = extensions?.[name];
  return typeof value === 'string' ? value : undefined;
}

function fieldProblems(extensions: Record<string, unknown> | undefined): ApiFieldProblem[] {
  const fields = extensions?.['fields'];
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((field: unknown) =>
    typeof field === 'object' &&
    field !== null &&
    'messageKey' in field &&
    typeof field.messageKey === 'string'
      ? [
          {
            field: 'field' in field && typeof field.field === 'string' ? field.field : '',
            messageKey: field.messageKey,
          },
        ]
      : [],
  );
}

/**
 * Classifies an error from an Apollo hook. The API puts `code` and `messageKey` into each
 * GraphQL error's extensions (see `ApiError` in `libs/api/graphql`); the first error counts.
 */
export function apiProblem(error: ErrorLike): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) {
    const [first] = error.errors;
    const fields = fieldProblems(first?.extensions);
    return {
      kind: 'api',
      code: stringExtension(first?.extensions, 'code'),
      messageKey: stringExtension(first?.extensions, 'messageKey'),
      fieldMessageKeys: fields.map((f) => f.messageKey),
      fields,
      extensions: first?.extensions ?? {},
    };
  }
  return { kind: 'network' };
}

/** Whether an error is the typed API error with this code (and message key, if given). */
export function isApiError(error: unknown, code: string, messageKey?: string): boolean {
  if (!CombinedGraphQLErrors.is(error)) return false;
  const problem = apiProblem(error);
  return (
    problem.kind === 'api' &&
    problem.code === code &&
    (messageKey === undefined || problem.messageKey === messageKey)
  );
}
