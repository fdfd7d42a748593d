import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Request } from 'express';
import { OperationTypeNode, type GraphQLResolveInfo } from 'graphql';
import { ACCOUNTS_OPTIONS, type AccountsOptions } from './accounts.options';
import { CsrfError } from './accounts.errors';

/**
 * Second line against cross-site request forgery, after Apollo's CSRF prevention (which
 * refuses "simple" requests a browser would send without a preflight): a mutation whose
 * `Origin` header names another site is refused with FORBIDDEN `accounts.csrf`. Allowed are
 * the API's own origin, PUBLIC_URL's and the configured trusted origins. Requests without an
 * `Origin` (not from a browser, or same-origin GETs) pass. Registered globally, it covers the
 * mutations of every module.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  private readonly allowed: Set<string>;

  constructor(@Inject(ACCOUNTS_OPTIONS) options: AccountsOptions) {
    this.allowed = new Set([new URL(options.publicUrl).origin, ...options.trustedOrigins]);
  }

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    if (gql.getInfo<GraphQLResolveInfo>().operation.operation !== OperationTypeNode.MUTATION)
      return true;
    const req = gql.getContext<{ req?: Request }>().req;
    const origin = req?.headers.origin;
    if (origin === undefined || !req) return true;
    if (this.allowed.has(origin) || origin === `${req.protocol}://${req.get('host') ?? ''}`) {
      return true;
    }
    throw new CsrfError(origin);
  }
}
