import 'reflect-metadata';
import { createValidationPipe, InvalidInputError } from '@bs/api/graphql';
import type { ArgumentMetadata } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { ResetPasswordArgs } from './account.args';
import { LogInInput } from './log-in.input';
import { SignUpInput } from './sign-up.input';

const pipe = createValidationPipe();

/** Field problems as the API reports them, or the transformed value when it is valid. */
async function check(metatype: ArgumentMetadata['metatype'], value: object) {
  try {
    return { value: (await pipe.transform(value, { type: 'body', metatype })) as unknown };
  } catch (error) {
    if (error instanceof InvalidInputError) return { fields: error.extensions['fields'] };
    throw error;
  }
}

const valid = {
  email: ' Erika.Muster@Example.org ',
  password: 'Kaffee mit Milch 2x',
  displayName: '  Erika Muster ',
  locale: 'en',
};

describe('account inputs', () => {
  it('accept a valid sign-up, trimming email and display name', async () => {
    expect(await check(SignUpInput, valid)).toEqual({
      value: expect.objectContaining({
        email: 'Erika.Muster@Example.org',
        displayName: 'Erika Muster',
        locale: 'en',
      }) as unknown,
    });
  });

  it('report every bad sign-up field at once, each with its own key', async () => {
    expect(
      await check(SignUpInput, {
        email: 'no-at-sign',
        password: 'erika-1',
        displayName: '   ',
        locale: 'fr',
      }),
    ).toEqual({
      fields: [
        { field: 'email', messageKey: 'accounts.emailInvalid' },
        { field: 'password', messageKey: 'accounts.passwordTooShort' },
        { field: 'displayName', messageKey: 'accounts.displayNameLength' },
        { field: 'locale', messageKey: 'accounts.localeInvalid' },
      ],
    });
  });

  it('check the password against the email of the same input', async () => {
    expect(await check(SignUpInput, { ...valid, password: 'erika.muster-2026!' })).toEqual({
      fields: [{ field: 'password', messageKey: 'accounts.passwordContainsEmail' }],
    });
    expect(await check(SignUpInput, { ...valid, password: 'Passwort2026!' })).toEqual({
      fields: [{ field: 'password', messageKey: 'accounts.passwordTooCommon' }],
    });
  });

  it('require a password at log-in and a policy-conform new password at reset', async () => {
    expect(await check(LogInInput, { email: 'erika@example.org', password: '' })).toEqual({
      fields: [{ field: 'password', messageKey: 'accounts.passwordRequired' }],
    });
    expect(
      await check(ResetPasswordArgs, { token: 'x'.repeat(43), newPassword: 'nurbuchstaben' }),
    ).toEqual({ fields: [{ field: 'newPassword', messageKey: 'accounts.passwordOnlyLetters' }] });
    expect(
      await check(ResetPasswordArgs, { token: '', newPassword: 'Kaffee mit Milch 2x' }),
    ).toEqual({ fields: [{ field: 'token', messageKey: 'accounts.tokenInvalid' }] });
  });
});
