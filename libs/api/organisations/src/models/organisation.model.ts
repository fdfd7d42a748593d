import type {
  EmployeeBand,
  EngagementField,
  OrganisationKind,
  StaffBand,
  VolunteerBand,
  Wz2008Section,
} from '@bs/domain';
import { GeoPoint } from '@bs/api/geo';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  EmployeeBandEnum,
  EngagementFieldEnum,
  OrganisationKindEnum,
  StaffBandEnum,
  VolunteerBandEnum,
  Wz2008SectionEnum,
} from './organisation-enums';

@ObjectType({ description: 'A German district (Kreis or kreisfreie Stadt) or Land' })
export class RegionRef {
  @Field({ description: '5-digit district key or 2-digit Land key (AGS)' })
  key!: string;

  @Field()
  name!: string;
}

@ObjectType({ description: 'A participant on Brückenschlag (public fields)' })
export class Organisation {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganisationKindEnum)
  kind!: OrganisationKind;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  legalForm!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => String, { nullable: true })
  street!: string | null;

  @Field()
  postcode!: string;

  @Field()
  city!: string;

  @Field(() => GeoPoint)
  location!: GeoPoint;

  @Field(() => RegionRef, { nullable: true, description: 'District derived from the location' })
  district!: RegionRef | null;

  @Field(() => RegionRef, { nullable: true, description: 'Land derived from the location' })
  land!: RegionRef | null;

  @Field(() => EmployeeBandEnum, { nullable: true })
  employeeBand!: EmployeeBand | null;

  @Field(() => VolunteerBandEnum, { nullable: true })
  volunteerBand!: VolunteerBand | null;

  @Field(() => StaffBandEnum, { nullable: true })
  staffBand!: StaffBand | null;

  @Field(() => Wz2008SectionEnum, { nullable: true })
  wzSection!: Wz2008Section | null;

  @Field(() => EngagementFieldEnum, { nullable: true })
  engagementField!: EngagementField | null;

  @Field(() => String, {
    nullable: true,
    description: 'Public contact channel (e-mail, phone or contact form)',
  })
  publicContact!: string | null;

  @Field(() => Int, { description: 'Increases with every change; send it back when updating' })
  version!: number;
}
