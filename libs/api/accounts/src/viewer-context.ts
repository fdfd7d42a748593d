export const PLATFORM_ROLES = ['USER', 'ADMIN'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

/** Who is asking: a signed-in user with their platform role, or nobody (anonymous). */
export type ViewerContext = { userId: string; platformRole: PlatformRole } | null;

/** What the session middleware attaches to a request with a valid session cookie. */
export interface RequestSession {
  userId: string;
  sessionId: string;
  platformRole: PlatformRole;
  emailVerified: boolean;
}

/** The request property holding the resolved session (null: anonymous). */
export const SESSION_REQUEST_KEY = 'bsSession';

/** A request after the session middleware ran. */
export interface RequestWithSession {
  [SESSION_REQUEST_KEY]?: RequestSession | null;
}

export function sessionOf(req: RequestWithSession | undefined): RequestSession | null {
  return req?.[SESSION_REQUEST_KEY] ?? null;
}
