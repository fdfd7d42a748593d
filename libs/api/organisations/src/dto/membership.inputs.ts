import type { MembershipRole } from '@bs/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsEmail, IsEnum, IsUUID, MaxLength } from 'class-validator';
import { Type } from 'class-transformer';
import { MembershipRoleEnum } from '../models/organisation-enums';

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organisations.invalidId' })
  organisationId!: string;

  @Field()
  @IsEmail({}, { message: 'invitations.email' })
  @MaxLength(320, { message: 'invitations.email' })
  email!: string;

  @Field(() => MembershipRoleEnum)
  @IsEnum(MembershipRoleEnum, { message: 'invitations.role' })
  role!: MembershipRole;
}

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organisations.invalidId' })
  organisationId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'members.invalidUserId' })
  userId!: string;

  @Field(() => MembershipRoleEnum)
  @IsEnum(MembershipRoleEnum, { message: 'invitations.role' })
  role!: MembershipRole;
}

@InputType()
export class GrantConsultantAccessInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organisations.invalidId' })
  organisationId!: string;

  @Field({ description: 'E-mail of the consultant’s Brückenschlag account' })
  @IsEmail({}, { message: 'consultants.email' })
  consultantEmail!: string;

  @Field({ description: 'Access ends at this time (at most one year ahead)' })
  @Type(() => Date)
  @IsDate({ message: 'consultants.expiresAt' })
  expiresAt!: Date;
}
