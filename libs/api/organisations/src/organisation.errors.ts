import { ApiError } from '@bs/api/graphql';

export { OrganisationNotFoundError } from '@bs/api/access';

export class OrganisationVersionConflictError extends ApiError {
  constructor(id: string, currentVersion: number) {
    super(
      'CONFLICT',
      'organisations.versionConflict',
      `Organisation ${id} was changed by someone else (now version ${currentVersion}); reload and apply your change again`,
      { id, currentVersion },
    );
  }
}

export class LocationOutsideGermanyError extends ApiError {
  constructor() {
    super(
      'BAD_USER_INPUT',
      'organisations.locationOutsideGermany',
      'The location is not in Germany',
      {
        fields: [{ field: 'location', messageKey: 'organisations.locationOutsideGermany' }],
      },
    );
  }
}

export class LastOwnerError extends ApiError {
  constructor() {
    super(
      'CONFLICT',
      'members.lastOwner',
      'An organisation always keeps at least one owner: make someone else owner first',
    );
  }
}

export class MemberNotFoundError extends ApiError {
  constructor(userId: string) {
    super('NOT_FOUND', 'members.notFound', `User ${userId} is not a member`, { userId });
  }
}

export class AlreadyMemberError extends ApiError {
  constructor(email: string) {
    super('CONFLICT', 'invitations.alreadyMember', `${email} is already a member`, {
      fields: [{ field: 'email', messageKey: 'invitations.alreadyMember' }],
    });
  }
}

export class InvitationInvalidError extends ApiError {
  constructor() {
    super('BAD_USER_INPUT', 'invitations.invalid', 'This invitation link is not valid');
  }
}

export class InvitationExpiredError extends ApiError {
  constructor() {
    super(
      'BAD_USER_INPUT',
      'invitations.expired',
      'This invitation has expired; ask for a new one',
    );
  }
}

export class InvitationUsedError extends ApiError {
  constructor() {
    super('CONFLICT', 'invitations.used', 'This invitation has already been used or withdrawn');
  }
}

export class InvitationForOtherAccountError extends ApiError {
  constructor() {
    super(
      'FORBIDDEN',
      'invitations.wrongAccount',
      'This invitation was sent to another e-mail address; sign in with that account',
    );
  }
}

export class ConsultantNotFoundError extends ApiError {
  constructor() {
    super('BAD_USER_INPUT', 'consultants.unknownAccount', 'No verified account with this e-mail', {
      fields: [{ field: 'consultantEmail', messageKey: 'consultants.unknownAccount' }],
    });
  }
}

export class GrantPeriodError extends ApiError {
  constructor() {
    super(
      'BAD_USER_INPUT',
      'consultants.expiresAt',
      'Access must end in the future and at most one year ahead',
      { fields: [{ field: 'expiresAt', messageKey: 'consultants.expiresAt' }] },
    );
  }
}

export class NotAnIntermediaryError extends ApiError {
  constructor() {
    super(
      'BAD_USER_INPUT',
      'intermediaries.notIntermediary',
      'Only intermediaries serve districts',
    );
  }
}

export class UnknownDistrictError extends ApiError {
  constructor(keys: string[]) {
    super('BAD_USER_INPUT', 'regions.unknownDistrict', `Unknown districts: ${keys.join(', ')}`, {
      fields: [{ field: 'districtKeys', messageKey: 'regions.unknownDistrict' }],
      keys,
    });
  }
}
