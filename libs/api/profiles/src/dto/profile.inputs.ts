import type { Direction, ProfileCategory, ProfileField, VisibilityLevel } from '@bs/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  ProfileCategoryEnum,
  ProfileFieldEnum,
  TopicDirectionEnum,
  VisibilityLevelEnum,
} from '../models/profile-enums';

@InputType({ description: 'An entry to add to or remove from a profile by hand' })
export class ProfileItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organisations.invalidId' })
  organisationId!: string;

  @Field(() => ProfileCategoryEnum)
  @IsIn(Object.values(ProfileCategoryEnum), { message: 'profiles.categoryUnknown' })
  category!: ProfileCategory;

  @Field({ description: 'Taxonomy code of the topic, theme, attribute or criterion' })
  @IsString({ message: 'profiles.codeUnknown' })
  @MaxLength(60, { message: 'profiles.codeUnknown' })
  code!: string;

  @Field(() => TopicDirectionEnum, { nullable: true, description: 'Required for topics' })
  @IsOptional()
  @IsIn(Object.values(TopicDirectionEnum), { message: 'profiles.directionRequired' })
  direction?: Direction | null;
}

@InputType({ description: 'Terms of an offered effortful topic; null clears a term' })
export class SetOfferTermsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organisations.invalidId' })
  organisationId!: string;

  @Field({ description: 'Code of the offered topic' })
  @IsString({ message: 'profiles.codeUnknown' })
  @MaxLength(60, { message: 'profiles.codeUnknown' })
  topic!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'profiles.capacityInvalid' })
  capacityPerYear?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'profiles.leadTimeInvalid' })
  leadTimeDays?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'profiles.groupSizeInvalid' })
  groupSize?: number | null;

  @Field(() => Int, { description: 'The profile version the change is based on' })
  @IsInt({ message: 'profiles.versionInvalid' })
  version!: number;
}

@InputType()
export class FieldVisibilityInput {
  @Field(() => ProfileFieldEnum)
  @IsIn(Object.values(ProfileFieldEnum), { message: 'profiles.fieldUnknown' })
  field!: ProfileField;

  @Field(() => VisibilityLevelEnum)
  @IsIn(Object.values(VisibilityLevelEnum), { message: 'profiles.visibilityUnknown' })
  level!: VisibilityLevel;
}

@InputType({ description: 'Profile settings; omitted fields stay as they are' })
export class UpdateProfileSettingsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organisations.invalidId' })
  organisationId!: string;

  @Field(() => Int, { description: 'The profile version the change is based on' })
  @IsInt({ message: 'profiles.versionInvalid' })
  version!: number;

  @Field(() => Int, { nullable: true, description: 'Search radius in km (1–200)' })
  @IsOptional()
  @IsInt({ message: 'profiles.radiusInvalid' })
  radiusKm?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean({ message: 'errors.invalidInput' })
  requireVerified?: boolean;

  @Field(() => [FieldVisibilityInput], { nullable: true })
  @IsOptional()
  @IsArray({ message: 'profiles.fieldUnknown' })
  @ArrayMaxSize(20, { message: 'profiles.fieldUnknown' })
  @ValidateNested({ each: true })
  @Type(() => FieldVisibilityInput)
  visibility?: FieldVisibilityInput[];
}

@InputType({ description: 'A quality attribute to confirm, as a regional intermediary' })
export class VerifyAttributeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organisations.invalidId' })
  organisationId!: string;

  @Field({ description: 'Code of the attribute the organisation holds' })
  @IsString({ message: 'profiles.codeUnknown' })
  @MaxLength(60, { message: 'profiles.codeUnknown' })
  attribute!: string;

  @Field(() => ID, { description: 'The intermediary organisation you act for' })
  @IsUUID('all', { message: 'organisations.invalidId' })
  intermediaryId!: string;
}
