import type { GraphQLFormattedError } from 'graphql';

const EXPECTED_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Keeps typed errors as they are and hides the details of unexpected ones in production,
 * so internals (SQL, stack traces) never reach a client.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  production: boolean,
): GraphQLFormattedError {
  const rawCode = formatted.extensions?.['code'];
  const code = typeof rawCode === 'string' ? rawCode : 'INTERNAL_SERVER_ERROR';
  if (EXPECTED_CODES.has(code)) {
    if (!production) return formatted;
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (!production) return formatted;
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', messageKey: 'errors.internal' },
  };
}
