import { ApiError } from '@bs/api/graphql';

export class NotSignedInError extends ApiError {
  constructor() {
    super('UNAUTHENTICATED', 'access.signInRequired', 'Sign in to do this');
  }
}

export class ForbiddenError extends ApiError {
  constructor(permission: string) {
    super('FORBIDDEN', 'access.forbidden', `Not allowed: ${permission}`, { permission });
  }
}

export class AdminOnlyError extends ApiError {
  constructor() {
    super('FORBIDDEN', 'access.adminOnly', 'Only platform administrators may do this');
  }
}

export class OrganisationNotFoundError extends ApiError {
  constructor(id: string) {
    super('NOT_FOUND', 'organisations.notFound', `Organisation ${id} not found`, { id });
  }
}
