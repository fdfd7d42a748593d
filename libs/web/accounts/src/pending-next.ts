import { safeNext } from '@bs/web/session';

/**
 * Where to go after the next log-in, kept across the mail round trip of a sign-up (the
 * verification link opens a new tab): e.g. the invitation that led to the sign-up.
 */
const STORAGE_KEY = 'bs.afterLogIn';

export function rememberNext(next: string | null): void {
  try {
    if (next) localStorage.setItem(STORAGE_KEY, next);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Without storage the user simply lands on the start page after log-in.
  }
}

export function pendingNext(): string | null {
  try {
    return safeNext(localStorage.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}
