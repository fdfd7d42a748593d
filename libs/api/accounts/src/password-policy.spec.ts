import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-policy';

describe('password policy', () => {
  it('accepts a long passphrase with a digit or a symbol', () => {
    expect(passwordProblems('Kaffee mit Milch 2x', 'erika@example.org')).toEqual([]);
    expect(passwordProblems('correct-horse-battery', 'erika@example.org')).toEqual([]);
    expect(passwordProblems('Brueckenschlag-Demo-2026', 'zo@demo.brueckenschlag.de')).toEqual([]);
  });

  it('refuses fewer than 12 characters, counting umlauts and emoji as one', () => {
    expect(passwordProblems('kurz-1')).toEqual(['accounts.passwordTooShort']);
    expect(passwordProblems('Müßiggang-1')).toEqual(['accounts.passwordTooShort']);
    expect(passwordProblems('😀😁😂🤣😃😄😅😆😉😊😋')).toEqual(['accounts.passwordTooShort']);
    expect(passwordProblems('Müßiggang-12')).toEqual([]);
  });

  it('refuses more than 256 characters', () => {
    expect(passwordProblems(`${'ab1-'.repeat(64)}x`)).toEqual(['accounts.passwordTooLong']);
  });

  it('refuses passwords of letters only, umlauts included', () => {
    expect(passwordProblems('Donaudampfschifffahrt')).toEqual(['accounts.passwordOnlyLetters']);
    expect(passwordProblems('Grüßgottliebeleute')).toEqual(['accounts.passwordOnlyLetters']);
  });

  it('refuses a password that contains the local part of the email, in any case', () => {
    expect(passwordProblems('Erika.Muster-2026', 'erika.muster@example.org')).toEqual([
      'accounts.passwordContainsEmail',
    ]);
    // A local part of one or two letters is too short to matter.
    expect(passwordProblems('zo-Verein-Hilfe-1', 'zo@example.org')).toEqual([]);
  });

  it('refuses common passwords and common words with a few digits or symbols', () => {
    expect(passwordProblems('123456789012')).toEqual(['accounts.passwordTooCommon']);
    expect(passwordProblems('Passwort2024!')).toEqual(['accounts.passwordTooCommon']);
    expect(passwordProblems('Password123456')).toEqual(['accounts.passwordTooCommon']);
    expect(passwordProblems('Sommer2025!!!')).toEqual(['accounts.passwordTooCommon']);
    expect(passwordProblems('qwertzuiop123')).toEqual(['accounts.passwordTooCommon']);
    expect(passwordProblems('aaaaaaaaaaa1')).toEqual(['accounts.passwordTooCommon']);
    expect(passwordProblems('121212121212')).toEqual(['accounts.passwordTooCommon']);
  });

  it('lists every broken rule, most basic first', () => {
    expect(passwordProblems('erika', 'erika@example.org')).toEqual([
      'accounts.passwordTooShort',
      'accounts.passwordOnlyLetters',
      'accounts.passwordContainsEmail',
    ]);
  });
});
