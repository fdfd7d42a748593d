import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'Private contact person of an organisation: for members, granted consultants, the ' +
    "region's intermediaries and administrators only; every read is audited",
})
export class OrganisationContact {
  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;
}
