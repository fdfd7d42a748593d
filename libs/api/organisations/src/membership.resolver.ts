import { CurrentViewer, type ViewerContext } from '@bs/api/accounts';
import { InvalidInputError } from '@bs/api/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  ChangeMemberRoleInput,
  GrantConsultantAccessInput,
  InviteMemberInput,
} from './dto/membership.inputs';
import { RegionRef } from './models/organisation.model';
import { AcceptedInvitation, ConsultantGrant, Invitation, Member } from './models/membership.model';
import { MembershipService } from './membership.service';
import { organisationIdPipe } from './organisation.resolver';

const uuidPipe = (field: string, messageKey: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError([{ field, messageKey }]) });

@Resolver()
export class MembershipResolver {
  constructor(private readonly memberships: MembershipService) {}

  @Query(() => [Member], { description: 'Members of an organisation (its members only)' })
  organisationMembers(
    @CurrentViewer() viewer: ViewerContext,
    @Args('organisationId', { type: () => ID }, organisationIdPipe) organisationId: string,
  ): Promise<Member[]> {
    return this.memberships.members(viewer, organisationId);
  }

  @Query(() => [Invitation], { description: 'Open invitations (owners)' })
  organisationInvitations(
    @CurrentViewer() viewer: ViewerContext,
    @Args('organisationId', { type: () => ID }, organisationIdPipe) organisationId: string,
  ): Promise<Invitation[]> {
    return this.memberships.invitations(viewer, organisationId);
  }

  @Query(() => [ConsultantGrant], { description: 'Consultants with access (owners, editors)' })
  consultantGrants(
    @CurrentViewer() viewer: ViewerContext,
    @Args('organisationId', { type: () => ID }, organisationIdPipe) organisationId: string,
  ): Promise<ConsultantGrant[]> {
    return this.memberships.consultantGrants(viewer, organisationId);
  }

  @Query(() => [RegionRef], { description: 'Districts an intermediary serves (public)' })
  intermediaryDistricts(
    @Args('organisationId', { type: () => ID }, organisationIdPipe) organisationId: string,
  ): Promise<RegionRef[]> {
    return this.memberships.intermediaryDistricts(organisationId);
  }

  @Mutation(() => Invitation, { description: 'Invite someone by e-mail (owners)' })
  inviteMember(
    @CurrentViewer() viewer: ViewerContext,
    @Args('input') input: InviteMemberInput,
  ): Promise<Invitation> {
    return this.memberships.invite(viewer, input);
  }

  @Mutation(() => Boolean, { description: 'Withdraw an open invitation (owners)' })
  revokeInvitation(
    @CurrentViewer() viewer: ViewerContext,
    @Args('id', { type: () => ID }, uuidPipe('id', 'invitations.invalid')) id: string,
  ): Promise<boolean> {
    return this.memberships.revokeInvitation(viewer, id);
  }

  @Mutation(() => AcceptedInvitation, {
    description: 'Join an organisation with an invitation link',
  })
  acceptInvitation(
    @CurrentViewer() viewer: ViewerContext,
    @Args('token') token: string,
  ): Promise<AcceptedInvitation> {
    return this.memberships.accept(viewer, token);
  }

  @Mutation(() => Member, { description: "Change a member's role (owners)" })
  changeMemberRole(
    @CurrentViewer() viewer: ViewerContext,
    @Args('input') input: ChangeMemberRoleInput,
  ): Promise<Member> {
    return this.memberships.changeRole(viewer, input);
  }

  @Mutation(() => Boolean, { description: 'Remove a member (owners) or leave (yourself)' })
  removeMember(
    @CurrentViewer() viewer: ViewerContext,
    @Args('organisationId', { type: () => ID }, organisationIdPipe) organisationId: string,
    @Args('userId', { type: () => ID }, uuidPipe('userId', 'members.invalidUserId')) userId: string,
  ): Promise<boolean> {
    return this.memberships.remove(viewer, organisationId, userId);
  }

  @Mutation(() => ConsultantGrant, {
    description: 'Give a consultant time-limited access (owners)',
  })
  grantConsultantAccess(
    @CurrentViewer() viewer: ViewerContext,
    @Args('input') input: GrantConsultantAccessInput,
  ): Promise<ConsultantGrant> {
    return this.memberships.grantConsultant(viewer, input);
  }

  @Mutation(() => Boolean, { description: "Revoke a consultant's access (owners)" })
  revokeConsultantAccess(
    @CurrentViewer() viewer: ViewerContext,
    @Args('grantId', { type: () => ID }, uuidPipe('grantId', 'consultants.invalidGrant'))
    grantId: string,
  ): Promise<boolean> {
    return this.memberships.revokeConsultant(viewer, grantId);
  }

  @Mutation(() => [RegionRef], { description: 'Set the districts an intermediary serves (admins)' })
  setIntermediaryDistricts(
    @CurrentViewer() viewer: ViewerContext,
    @Args('organisationId', { type: () => ID }, organisationIdPipe) organisationId: string,
    @Args('districtKeys', { type: () => [String] }) districtKeys: string[],
  ): Promise<RegionRef[]> {
    return this.memberships.setIntermediaryDistricts(viewer, organisationId, districtKeys);
  }
}
