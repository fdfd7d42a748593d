export interface RateLimit {
  /** Requests allowed … */
  limit: number;
  /** … within this many seconds. */
  ttlSeconds: number;
}

export interface AccountsOptions {
  /** Where people reach the web app (PUBLIC_URL); its origin may send mutations. */
  publicUrl: string;
  /** Further origins allowed to send mutations (e.g. the web dev server). */
  trustedOrigins: string[];
  /** Mark the session cookie `Secure` (production, or an https PUBLIC_URL). */
  secureCookies: boolean;
  /**
   * Look sessions up with a prepared statement (PostgreSQL servers, not the embedded
   * database; see `runStatement`).
   */
  preparedStatements?: boolean;
  rateLimits: {
    /** Per IP address and email. */
    logIn: RateLimit;
    /** Per IP address. */
    signUp: RateLimit;
    /** Per email (requestPasswordReset) and per user (resendVerification). */
    passwordReset: RateLimit;
  };
}

export const ACCOUNTS_OPTIONS = Symbol('ACCOUNTS_OPTIONS');
