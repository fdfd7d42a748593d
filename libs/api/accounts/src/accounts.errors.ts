import { ApiError, InvalidInputError } from '@bs/api/graphql';
import type { PasswordProblem } from './password-policy';

export class EmailTakenError extends ApiError {
  constructor() {
    super('CONFLICT', 'accounts.emailTaken', 'An account with this email address already exists', {
      fields: [{ field: 'email', messageKey: 'accounts.emailTaken' }],
    });
  }
}

/** The password breaks the policy; `field` is the input field that holds it. */
export class WeakPasswordError extends InvalidInputError {
  constructor(field: string, problem: PasswordProblem) {
    super([{ field, messageKey: problem }]);
  }
}

/** Unknown email or wrong password: deliberately the same error for both. */
export class InvalidCredentialsError extends ApiError {
  constructor() {
    super('UNAUTHENTICATED', 'accounts.invalidCredentials', 'Email or password is wrong');
  }
}

/** A one-time token that is unknown or was already used. */
export class TokenInvalidError extends ApiError {
  constructor() {
    super('BAD_USER_INPUT', 'accounts.tokenInvalid', 'This link is invalid or was already used', {
      fields: [{ field: 'token', messageKey: 'accounts.tokenInvalid' }],
    });
  }
}

export class TokenExpiredError extends ApiError {
  constructor() {
    super('BAD_USER_INPUT', 'accounts.tokenExpired', 'This link has expired', {
      fields: [{ field: 'token', messageKey: 'accounts.tokenExpired' }],
    });
  }
}

export class SignInRequiredError extends ApiError {
  constructor() {
    super('UNAUTHENTICATED', 'accounts.signInRequired', 'Please sign in');
  }
}

export class EmailNotVerifiedError extends ApiError {
  constructor() {
    super('FORBIDDEN', 'accounts.emailNotVerified', 'Please confirm your email address first');
  }
}

export class EmailAlreadyVerifiedError extends ApiError {
  constructor() {
    super('CONFLICT', 'accounts.emailAlreadyVerified', 'The email address is already confirmed');
  }
}

export class AdminOnlyError extends ApiError {
  constructor() {
    super('FORBIDDEN', 'accounts.adminOnly', 'Only platform administrators may do this');
  }
}

/** A mutation sent from a foreign web page (cross-site request forgery). */
export class CsrfError extends ApiError {
  constructor(origin: string) {
    super('FORBIDDEN', 'accounts.csrf', `Requests from ${origin} may not change data`);
  }
}

export class TooManyRequestsError extends ApiError {
  constructor(retryAfterSeconds: number) {
    super('TOO_MANY_REQUESTS', 'errors.tooManyRequests', 'Too many attempts; try again later', {
      retryAfterSeconds,
    });
  }
}
