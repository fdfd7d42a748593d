import { graphql } from '@bs/web/data-access';

export const OrganisationMembersQuery = graphql(`
  query OrganisationMembers($organisationId: ID!) {
    organisationMembers(organisationId: $organisationId) {
      userId
      displayName
      email
      role
      since
    }
  }
`);

export const OrganisationInvitationsQuery = graphql(`
  query OrganisationInvitations($organisationId: ID!) {
    organisationInvitations(organisationId: $organisationId) {
      id
      email
      role
      createdAt
      expiresAt
    }
  }
`);

export const ConsultantGrantsQuery = graphql(`
  query ConsultantGrants($organisationId: ID!) {
    consultantGrants(organisationId: $organisationId) {
      id
      consultantId
      consultantName
      consultantEmail
      expiresAt
      active
    }
  }
`);

export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      userId
      displayName
      email
      role
      since
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($organisationId: ID!, $userId: ID!) {
    removeMember(organisationId: $organisationId, userId: $userId)
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      role
      createdAt
      expiresAt
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`);

export const GrantConsultantAccessMutation = graphql(`
  mutation GrantConsultantAccess($input: GrantConsultantAccessInput!) {
    grantConsultantAccess(input: $input) {
      id
      consultantId
      consultantName
      consultantEmail
      expiresAt
      active
    }
  }
`);

export const RevokeConsultantAccessMutation = graphql(`
  mutation RevokeConsultantAccess($grantId: ID!) {
    revokeConsultantAccess(grantId: $grantId)
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      role
      organisation {
        id
        name
        kind
      }
    }
  }
`);
