import { COMMON_PASSWORDS, COMMON_WORDS } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase; bounds the work of hashing. */
export const PASSWORD_MAX_LENGTH = 256;

/** Why a password is refused; each is an i18n message key. */
export type PasswordProblem =
  | 'accounts.passwordTooShort'
  | 'accounts.passwordTooLong'
  | 'accounts.passwordOnlyLetters'
  | 'accounts.passwordContainsEmail'
  | 'accounts.passwordTooCommon';

const commonPasswords = new Set(COMMON_PASSWORDS);
const commonWords = new Set(COMMON_WORDS);

function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  if (commonPasswords.has(lower)) return true;
  // "Passwort2024!", "Sommer123456": a common word with only a few digits or symbols.
  const letters = lower.replace(/[^\p{L}]/gu, '');
  const others = lower.length - letters.length;
  if (commonWords.has(letters) && others <= 8) return true;
  // "aaaaaaaaaaa1", "121212121212": too few different characters.
  return new Set(lower).size < 5;
}

/**
 * Every rule a password breaks, most basic first; empty when it is acceptable. Rules: at
 * least 12 and at most 256 characters, not only letters, not containing the local part of the
 * account's email (when that has 3 or more characters), not a common password.
 */
export function passwordProblems(password: string, email?: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  // Count code points, not UTF-16 units: "ü" and "😀" are one character each.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push('accounts.passwordTooShort');
  if (length > PASSWORD_MAX_LENGTH) problems.push('accounts.passwordTooLong');
  if (/^\p{L}*$/u.test(password)) problems.push('accounts.passwordOnlyLetters');
  const localPart = email?.split('@')[0]?.trim().toLowerCase() ?? '';
  if (localPart.length >= 3 && password.toLowerCase().includes(localPart)) {
    problems.push('accounts.passwordContainsEmail');
  }
  if (isCommon(password)) problems.push('accounts.passwordTooCommon');
  return problems;
}
