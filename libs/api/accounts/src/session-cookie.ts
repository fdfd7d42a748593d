import type { CookieOptions, Response } from 'express';

export const SESSION_COOKIE = 'bs_session';

function options(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/' };
}

/** Sets the session cookie: httpOnly, SameSite=Lax, Secure when configured, until `expiresAt`. */
export function writeSessionCookie(
  res: Response,
  token: string,
  expiresAt: Date,
  secure: boolean,
): void {
  res.cookie(SESSION_COOKIE, token, {
    ...options(secure),
    maxAge: Math.max(0, expiresAt.getTime() - Date.now()),
  });
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, options(secure));
}
