import { ApiError } from '@bs/api/graphql';

export class OrganisationNotFoundError extends ApiError {
  constructor(id: string) {
    super('NOT_FOUND', 'organisations.notFound', `Organisation ${id} not found`, { id });
  }
}
