import { describe, expect, it } from 'vitest';
import { checkPassword, passwordProblem } from './password-policy';

describe('password policy in the browser', () => {
  it('checks length, letters only and the name of the email like the API', () => {
    expect(passwordProblem('kurz1')).toBe('accounts.passwordTooShort');
    expect(passwordProblem('nurbuchstabenhier')).toBe('accounts.passwordOnlyLetters');
    expect(passwordProblem('erika.muster-2026!', 'Erika.Muster@example.org')).toBe(
      'accounts.passwordContainsEmail',
    );
    expect(passwordProblem('Kaffee mit Milch 2x', 'erika@example.org')).toBeNull();
    expect(passwordProblem('x'.repeat(257))).toBe('accounts.passwordTooLong');
  });

  it('counts characters, not UTF-16 units, and leaves "common" to the API', () => {
    // Six emoji are twelve UTF-16 units but six characters.
    expect(checkPassword('😀😀😀😀😀😀').length).toBe(false);
    expect(checkPassword('😀😀😀😀😀😀😀😀😀😀😀1').length).toBe(true);
    expect(checkPassword('Passwort2026!').notCommon).toBeUndefined();
  });
});
