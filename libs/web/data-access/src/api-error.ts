import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';

/** What went wrong with a request, in terms the UI can translate. */
export type ApiProblem =
  /**
   * The API answered with a typed error: `messageKey` is its i18n key (e.g. `errors.invalidInput`),
   * `fieldMessageKeys` those of the offending input fields (e.g. `bounds.inverted`), if any.
   */
  | {
      kind: 'api';
      code: string | undefined;
      messageKey: string | undefined;
      fieldMessageKeys: string[];
    }
  /** The API could not be reached or answered with something that is not GraphQL. */
  | { kind: 'network' };

function stringExtension(extensions: Record<string, unknown> | undefined, name: string) {
  const value = extensions?.[name];
  return typeof value === 'string' ? value : undefined;
}

function fieldMessageKeys(extensions: Record<string, unknown> | undefined): string[] {
  const fields = extensions?.['fields'];
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((field: unknown) =>
    typeof field === 'object' &&
    field !== null &&
    'messageKey' in field &&
    typeof field.messageKey === 'string'
      ? [field.messageKey]
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
    return {
      kind: 'api',
      code: stringExtension(first?.extensions, 'code'),
      messageKey: stringExtension(first?.extensions, 'messageKey'),
      fieldMessageKeys: fieldMessageKeys(first?.extensions),
    };
  }
  return { kind: 'network' };
}
