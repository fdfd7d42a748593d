import { Injectable, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import {
  normalizeIp,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerOptions,
  type ThrottlerRequest,
} from '@nestjs/throttler';
import { TooManyRequestsError } from './accounts.errors';
import type { AccountsOptions } from './accounts.options';
import { sessionOf } from './viewer-context';

/** The named rate limits; each mutation that needs one names it with `@RateLimit`. */
export type RateLimitName = 'logIn' | 'signUp' | 'passwordReset' | 'resendVerification';

const RATE_LIMIT = 'bs:rateLimit';

/** Counts calls of this resolver against the named limit (with `RateLimitGuard`). */
export const RateLimit = (name: RateLimitName) => SetMetadata(RATE_LIMIT, name);

type Tracker = (req: Record<string, unknown>, args: Record<string, unknown>) => string;

function argsOf(context: ExecutionContext): Record<string, unknown> {
  return GqlExecutionContext.create(context).getArgs<Record<string, unknown>>();
}

function normalisedEmail(value: unknown): string {
  return typeof value === 'string' ? value.trim().toLowerCase() : '';
}

/** The client address; IPv6 addresses count per /64 network, as one client holds many. */
function ipOf(req: Record<string, unknown>): string {
  return typeof req['ip'] === 'string' ? normalizeIp(req['ip']) : 'unknown';
}

const TRACKERS: Record<RateLimitName, Tracker> = {
  // Per address and email: a shared address (an office) does not lock everyone out.
  logIn: (req, args) =>
    `${ipOf(req)}|${normalisedEmail((args['input'] as Record<string, unknown> | undefined)?.['email'])}`,
  signUp: (req) => ipOf(req),
  passwordReset: (_req, args) => normalisedEmail(args['email']),
  resendVerification: (req) => sessionOf(req)?.userId ?? ipOf(req),
};

/** The throttlers for `ThrottlerModule.forRoot`, from the configured limits. */
export function rateLimitThrottlers(limits: AccountsOptions['rateLimits']): ThrottlerOptions[] {
  const limitOf: Record<RateLimitName, { limit: number; ttlSeconds: number }> = {
    logIn: limits.logIn,
    signUp: limits.signUp,
    passwordReset: limits.passwordReset,
    resendVerification: limits.passwordReset,
  };
  return (Object.keys(TRACKERS) as RateLimitName[]).map((name) => ({
    name,
    limit: limitOf[name].limit,
    ttl: limitOf[name].ttlSeconds * 1000,
    getTracker: (req: Record<string, unknown>, context: ExecutionContext) =>
      TRACKERS[name](req, argsOf(context)),
  }));
}

/**
 * @nestjs/throttler for GraphQL: reads the request from the GraphQL context, applies only the
 * limit the resolver names with `@RateLimit`, and answers TOO_MANY_REQUESTS
 * (`errors.tooManyRequests`, with `retryAfterSeconds`) instead of an HTTP 429.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext): {
    req: Record<string, unknown>;
    res: Record<string, unknown>;
  } {
    const { req, res } = GqlExecutionContext.create(context).getContext<{
      req: Record<string, unknown>;
      res: Record<string, unknown>;
    }>();
    return { req, res };
  }

  protected override async handleRequest(request: ThrottlerRequest): Promise<boolean> {
    const wanted = this.reflector.get<RateLimitName | undefined>(
      RATE_LIMIT,
      request.context.getHandler(),
    );
    if (request.throttler.name !== wanted) return true;
    return super.handleRequest(request);
  }

  protected override throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new TooManyRequestsError(Math.max(1, Math.ceil(detail.timeToBlockExpire)));
  }
}
