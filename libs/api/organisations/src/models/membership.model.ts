import type { MembershipRole } from '@bs/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Organisation } from './organisation.model';
import { MembershipRoleEnum } from './organisation-enums';

@ObjectType({ description: 'A member of an organisation' })
export class Member {
  @Field(() => ID)
  userId!: string;

  @Field()
  displayName!: string;

  @Field()
  email!: string;

  @Field(() => MembershipRoleEnum)
  role!: MembershipRole;

  @Field()
  since!: Date;
}

@ObjectType({ description: 'An organisation the viewer belongs to, with their role there' })
export class MyOrganisation {
  @Field(() => Organisation)
  organisation!: Organisation;

  @Field(() => MembershipRoleEnum)
  role!: MembershipRole;
}

@ObjectType({ description: 'A pending invitation to join an organisation' })
export class Invitation {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => MembershipRoleEnum)
  role!: MembershipRole;

  @Field()
  expiresAt!: Date;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: "A consultant's time-limited access to an organisation's checks" })
export class ConsultantGrant {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  consultantId!: string;

  @Field()
  consultantName!: string;

  @Field()
  consultantEmail!: string;

  @Field()
  expiresAt!: Date;

  @Field()
  active!: boolean;
}

@ObjectType({ description: 'What accepting an invitation did' })
export class AcceptedInvitation {
  @Field(() => Organisation)
  organisation!: Organisation;

  @Field(() => MembershipRoleEnum)
  role!: MembershipRole;
}
