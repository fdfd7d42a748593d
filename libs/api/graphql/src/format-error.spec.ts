import { describe, expect, it } from 'vitest';
import { formatGraphQLError } from './format-error';

describe('formatGraphQLError', () => {
  it('hides unexpected errors in production', () => {
    const formatted = formatGraphQLError(
      { message: 'relation "secret_table" does not exist', path: ['organisations'] },
      true,
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['organisations'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', messageKey: 'errors.internal' },
    });
  });

  it('keeps typed errors but drops stack traces in production', () => {
    const formatted = formatGraphQLError(
      {
        message: 'Organisation not found',
        extensions: { code: 'NOT_FOUND', messageKey: 'organisations.notFound', stacktrace: ['x'] },
      },
      true,
    );
    expect(formatted.extensions).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'organisations.notFound',
    });
  });

  it('shows everything during development', () => {
    const error = { message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    expect(formatGraphQLError(error, false)).toBe(error);
  });
});
