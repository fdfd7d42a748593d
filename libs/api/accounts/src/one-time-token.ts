import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_PURPOSES = ['VERIFY_EMAIL', 'RESET_PASSWORD'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/** How long a mailed token is valid: 48 hours to verify an address, 1 hour to reset a password. */
export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  VERIFY_EMAIL: 48 * 60 * 60 * 1000,
  RESET_PASSWORD: 60 * 60 * 1000,
};

/** A new secret for a cookie or a link: 32 random bytes, base64url (43 characters). */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database stores instead of the secret: its SHA-256, hex. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether a string can be a token from `newSecretToken` at all (cheap check before a lookup). */
export function looksLikeToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

export type TokenState = 'valid' | 'expired' | 'invalid';

/**
 * The state of a stored one-time token at `now`: unknown or already used tokens are invalid
 * (the same answer for both, so a used token reveals nothing); an unused one past its expiry
 * is expired.
 */
export function tokenState(
  token: { expiresAt: Date; usedAt: Date | null } | null,
  now: Date,
): TokenState {
  if (!token || token.usedAt !== null) return 'invalid';
  return token.expiresAt.getTime() <= now.getTime() ? 'expired' : 'valid';
}
