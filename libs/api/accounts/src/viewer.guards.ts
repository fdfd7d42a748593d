import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { AdminOnlyError, EmailNotVerifiedError, SignInRequiredError } from './accounts.errors';
import { requestSession } from './current-viewer.decorator';

/** Lets only signed-in users through (UNAUTHENTICATED `accounts.signInRequired` otherwise). */
@Injectable()
export class SignedInGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (!requestSession(context)) throw new SignInRequiredError();
    return true;
  }
}

/**
 * Lets only signed-in users with a confirmed email address through (FORBIDDEN
 * `accounts.emailNotVerified` for the others).
 */
@Injectable()
export class EmailVerifiedGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const session = requestSession(context);
    if (!session) throw new SignInRequiredError();
    if (!session.emailVerified) throw new EmailNotVerifiedError();
    return true;
  }
}

/** Lets only platform administrators through (FORBIDDEN `accounts.adminOnly`). */
@Injectable()
export class PlatformAdminGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const session = requestSession(context);
    if (!session) throw new SignInRequiredError();
    if (session.platformRole !== 'ADMIN') throw new AdminOnlyError();
    return true;
  }
}
