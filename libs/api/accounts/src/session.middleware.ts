import { Inject, Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ACCOUNTS_OPTIONS, type AccountsOptions } from './accounts.options';
import { looksLikeToken } from './one-time-token';
import { clearSessionCookie, SESSION_COOKIE, writeSessionCookie } from './session-cookie';
import { SessionService } from './session.service';
import { SESSION_REQUEST_KEY, type RequestWithSession } from './viewer-context';

/**
 * Resolves the session cookie once per request and attaches the session (or null) to the
 * request, where `@CurrentViewer()` and the guards read it. Needs cookie-parser before it.
 */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  private readonly logger = new Logger(SessionMiddleware.name);

  constructor(
    private readonly sessions: SessionService,
    @Inject(ACCOUNTS_OPTIONS) private readonly options: AccountsOptions,
  ) {}

  async use(req: Request & RequestWithSession, res: Response, next: NextFunction): Promise<void> {
    req[SESSION_REQUEST_KEY] = null;
    const cookies = req.cookies as Record<string, unknown> | undefined;
    const token = cookies?.[SESSION_COOKIE];
    if (token === undefined) return next();
    if (typeof token !== 'string' || !looksLikeToken(token)) {
      clearSessionCookie(res, this.options.secureCookies);
      return next();
    }
    try {
      const resolved = await this.sessions.resolve(token);
      if (!resolved) {
        clearSessionCookie(res, this.options.secureCookies);
      } else {
        req[SESSION_REQUEST_KEY] = resolved.session;
        if (resolved.renewedUntil) {
          writeSessionCookie(res, token, resolved.renewedUntil, this.options.secureCookies);
        }
      }
    } catch (error) {
      // The database is unreachable: carry on anonymously; whatever needs it fails on its own.
      this.logger.warn(
        { err: error },
        'Could not resolve the session; treating the request as anonymous',
      );
    }
    next();
  }
}
