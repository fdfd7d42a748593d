/** Password rules of the API (libs/api/accounts: password-policy.ts), checked while typing. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordRule = 'length' | 'notOnlyLetters' | 'notEmail' | 'notCommon';

export const PASSWORD_RULES: readonly PasswordRule[] = [
  'length',
  'notOnlyLetters',
  'notEmail',
  'notCommon',
];

/** The message key the API uses for a broken rule. */
export const RULE_MESSAGE_KEY = {
  length: 'accounts.passwordTooShort',
  notOnlyLetters: 'accounts.passwordOnlyLetters',
  notEmail: 'accounts.passwordContainsEmail',
  notCommon: 'accounts.passwordTooCommon',
} as const satisfies Record<PasswordRule, string>;

/**
 * Which rules a password meets as far as the browser can tell: `notCommon` needs the API's
 * list of common passwords and is only checked there (reported as undefined here).
 */
export function checkPassword(
  password: string,
  email = '',
): Record<PasswordRule, boolean | undefined> {
  const length = [...password].length;
  const localPart = email.split('@')[0]?.trim().toLowerCase() ?? '';
  return {
    length: length >= PASSWORD_MIN_LENGTH && length <= PASSWORD_MAX_LENGTH,
    notOnlyLetters: password.length > 0 && !/^\p{L}*$/u.test(password),
    notEmail: !(localPart.length >= 3 && password.toLowerCase().includes(localPart)),
    notCommon: undefined,
  };
}

/** The message key of the first rule a password breaks, or null. */
export function passwordProblem(password: string, email = '') {
  if ([...password].length > PASSWORD_MAX_LENGTH) return 'accounts.passwordTooLong' as const;
  const checks = checkPassword(password, email);
  const broken = PASSWORD_RULES.find((rule) => checks[rule] === false);
  return broken ? RULE_MESSAGE_KEY[broken] : null;
}
