import { ORGANISATION_KINDS, type OrganisationKind } from '@bs/domain';
import { GeoPoint } from '@bs/api/geo';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export const OrganisationKindEnum = Object.fromEntries(ORGANISATION_KINDS.map((k) => [k, k])) as {
  [K in OrganisationKind]: K;
};

registerEnumType(OrganisationKindEnum, {
  name: 'OrganisationKind',
  description: 'ZO: civil-society organisation; KMU: small or medium-sized company',
});

@ObjectType({ description: 'A participant on Brückenschlag (public fields)' })
export class Organisation {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganisationKindEnum)
  kind!: OrganisationKind;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  street!: string | null;

  @Field()
  postcode!: string;

  @Field()
  city!: string;

  @Field(() => GeoPoint)
  location!: GeoPoint;
}
