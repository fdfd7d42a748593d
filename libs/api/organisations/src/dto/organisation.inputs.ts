import type {
  EmployeeBand,
  EngagementField,
  OrganisationKind,
  StaffBand,
  VolunteerBand,
  Wz2008Section,
} from '@bs/domain';
import { GeoPointInput } from '@bs/api/geo';
import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  EmployeeBandEnum,
  EngagementFieldEnum,
  OrganisationKindEnum,
  StaffBandEnum,
  VolunteerBandEnum,
  Wz2008SectionEnum,
} from '../models/organisation-enums';

@InputType({ description: 'Private contact person (never shown to other organisations)' })
export class ContactPersonInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 200, { message: 'organisation.contactName' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'organisation.contactEmail' })
  @MaxLength(320, { message: 'organisation.contactEmail' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()/-]{5,50}$/, { message: 'organisation.contactPhone' })
  phone?: string | null;
}

@InputType()
export class CreateOrganisationInput {
  @Field(() => OrganisationKindEnum)
  @IsEnum(OrganisationKindEnum, { message: 'organisation.kind' })
  kind!: OrganisationKind;

  @Field()
  @Length(2, 200, { message: 'organisation.name' })
  @Matches(/\S/, { message: 'organisation.name' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'e.g. e. V., gGmbH, GmbH' })
  @IsOptional()
  @MaxLength(80, { message: 'organisation.legalForm' })
  legalForm?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'organisation.description' })
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'organisation.website' },
  )
  @MaxLength(300, { message: 'organisation.website' })
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'organisation.street' })
  street?: string | null;

  @Field({ description: 'German postcode; fills location, district and Land' })
  @Matches(/^\d{5}$/, { message: 'regions.invalidPostcode' })
  postcode!: string;

  @Field(() => String, { nullable: true, description: 'Defaults to the postcode’s place' })
  @IsOptional()
  @Length(2, 120, { message: 'organisation.city' })
  city?: string | null;

  @Field(() => GeoPointInput, {
    nullable: true,
    description: 'Exact location (the dragged pin); defaults to the postcode’s centre',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => GeoPointInput)
  location?: GeoPointInput | null;

  @Field(() => EmployeeBandEnum, { nullable: true })
  @IsOptional()
  @IsEnum(EmployeeBandEnum, { message: 'organisation.employeeBand' })
  employeeBand?: EmployeeBand | null;

  @Field(() => VolunteerBandEnum, { nullable: true })
  @IsOptional()
  @IsEnum(VolunteerBandEnum, { message: 'organisation.volunteerBand' })
  volunteerBand?: VolunteerBand | null;

  @Field(() => StaffBandEnum, { nullable: true })
  @IsOptional()
  @IsEnum(StaffBandEnum, { message: 'organisation.staffBand' })
  staffBand?: StaffBand | null;

  @Field(() => Wz2008SectionEnum, { nullable: true })
  @IsOptional()
  @IsEnum(Wz2008SectionEnum, { message: 'organisation.wzSection' })
  wzSection?: Wz2008Section | null;

  @Field(() => EngagementFieldEnum, { nullable: true })
  @IsOptional()
  @IsEnum(EngagementFieldEnum, { message: 'organisation.engagementField' })
  engagementField?: EngagementField | null;

  @Field(() => String, { nullable: true, description: 'Public e-mail, phone or contact URL' })
  @IsOptional()
  @MaxLength(300, { message: 'organisation.publicContact' })
  publicContact?: string | null;

  @Field(() => ContactPersonInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactPersonInput)
  contactPerson?: ContactPersonInput | null;
}

@InputType()
export class UpdateOrganisationInput extends PartialType(
  OmitType(CreateOrganisationInput, ['kind'] as const),
  InputType,
) {
  @Field(() => ID)
  @IsUUID('all', { message: 'organisations.invalidId' })
  id!: string;

  @Field(() => Int, {
    description: 'The version the change is based on; a newer one on the server is a CONFLICT',
  })
  @IsInt({ message: 'organisation.version' })
  @Min(1, { message: 'organisation.version' })
  version!: number;
}
