import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import {
  sessionOf,
  type RequestSession,
  type RequestWithSession,
  type ViewerContext,
} from './viewer-context';

/** The request of a GraphQL resolver or an HTTP controller. */
export function requestOf(context: ExecutionContext): RequestWithSession | undefined {
  if (context.getType<GqlContextType>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req?: RequestWithSession }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithSession>();
}

/** The session of the current request (with its id), or null when anonymous. */
export function requestSession(context: ExecutionContext): RequestSession | null {
  return sessionOf(requestOf(context));
}

/**
 * The signed-in user of the current request as `{ userId, platformRole }`, or null when
 * anonymous. Works in GraphQL resolvers and HTTP controllers.
 */
export const CurrentViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ViewerContext => {
    const session = requestSession(context);
    return session ? { userId: session.userId, platformRole: session.platformRole } : null;
  },
);

/** The full session of the current request (including its id), or null. */
export const CurrentSession = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestSession | null => requestSession(context),
);
