import { ApiError } from '@bs/api/graphql';

export class PasswordConfirmationError extends ApiError {
  constructor() {
    super('BAD_USER_INPUT', 'privacy.passwordWrong', 'The password is not correct', {
      fields: [{ field: 'password', messageKey: 'privacy.passwordWrong' }],
    });
  }
}

export class SoleOwnerOfSharedOrganisationError extends ApiError {
  constructor(organisations: { id: string; name: string }[]) {
    super(
      'CONFLICT',
      'privacy.soleOwner',
      `You are the only owner of ${organisations.map((o) => o.name).join(', ')}, which other ` +
        'people belong to: make one of them owner first, or delete the organisation',
      { organisations },
    );
  }
}
