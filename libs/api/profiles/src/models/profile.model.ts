import { RatingEnum } from '@bs/api/checks';
import { OrganisationKindEnum } from '@bs/api/organisations';
import type {
  Direction,
  OrganisationKind,
  ProfileCategory,
  ProfileField,
  Rating,
  VisibilityLevel,
} from '@bs/domain';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  ProfileCategoryEnum,
  ProfileChangeKindEnum,
  ProfileFieldEnum,
  TopicDirectionEnum,
  VisibilityLevelEnum,
} from './profile-enums';

@ObjectType({
  description: 'Terms of an offered topic that binds people’s time (team days, hospitations …)',
})
export class OfferTerms {
  @Field(() => Int, { nullable: true, description: 'How often per year it can be given' })
  capacityPerYear!: number | null;

  @Field(() => Int, { nullable: true, description: 'Days of notice needed before it starts' })
  leadTimeDays!: number | null;

  @Field(() => Int, { nullable: true, description: 'How many people take part at a time' })
  groupSize!: number | null;
}

@ObjectType({ description: 'Confirmation of a quality attribute by a regional intermediary' })
export class AttributeVerification {
  @Field()
  verifiedAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The intermediary (null once it is deleted)' })
  intermediaryId!: string | null;

  @Field(() => String, { nullable: true })
  intermediaryName!: string | null;
}

@ObjectType({ description: 'One entry of a profile, with where it came from' })
export class ProfileEntry {
  @Field(() => ProfileCategoryEnum)
  category!: ProfileCategory;

  @Field({ description: 'Taxonomy code (see the `taxonomy` query for labels)' })
  code!: string;

  @Field(() => TopicDirectionEnum, { nullable: true, description: 'For topics' })
  direction!: Direction | null;

  @Field({ description: 'The latest completed check contains it' })
  fromCheck!: boolean;

  @Field({ description: 'Added by hand' })
  manual!: boolean;

  @Field({
    description:
      'Removed by hand although the check contains it (only shown to the organisation itself)',
  })
  hidden!: boolean;

  @Field(() => [String], { description: 'Codes of the check examples it came from' })
  examples!: string[];

  @Field(() => OfferTerms, { nullable: true, description: 'For offered effortful topics' })
  terms!: OfferTerms | null;

  @Field(() => AttributeVerification, { nullable: true, description: 'For attributes' })
  verification!: AttributeVerification | null;
}

@ObjectType({ description: 'How ready the organisation is to cooperate, from its latest check' })
export class ProfileReadiness {
  @Field(() => [RatingEnum], { description: 'Ratings of checkpoints 1–7' })
  ratings!: Rating[];

  @Field(() => Int)
  green!: number;

  @Field(() => Int)
  yellow!: number;

  @Field(() => Int)
  red!: number;

  @Field(() => Float, {
    description: '0 (all red) … 1 (all green); contact development and agreements count double',
  })
  score!: number;
}

@ObjectType({ description: 'What the latest derivation from a check changed in the profile' })
export class ProfileChange {
  @Field(() => ProfileCategoryEnum)
  category!: ProfileCategory;

  @Field()
  code!: string;

  @Field(() => TopicDirectionEnum, { nullable: true })
  direction!: Direction | null;

  @Field(() => ProfileChangeKindEnum)
  change!: 'ADDED' | 'REMOVED';

  @Field({
    description:
      'Whether the profile as others see it changed (false when an adjustment by hand overrides the check)',
  })
  effective!: boolean;
}

@ObjectType({ description: 'The completed check the profile was derived from' })
export class ProfileDerivation {
  @Field(() => ID, { nullable: true, description: 'Null once the assessment is deleted' })
  assessmentId!: string | null;

  @Field({ description: 'ZO_KMU or KMU_ZO' })
  template!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  derivedAt!: Date;

  @Field(() => [ProfileChange], {
    description: 'Changes against the check before (only for the organisation itself)',
  })
  changes!: ProfileChange[];
}

@ObjectType()
export class FieldVisibility {
  @Field(() => ProfileFieldEnum)
  field!: ProfileField;

  @Field(() => VisibilityLevelEnum)
  level!: VisibilityLevel;
}

@ObjectType({ description: 'Settings of a profile (only for the organisation itself)' })
export class ProfileSettings {
  @Field(() => Int, { description: 'How far the organisation looks for partners, in km' })
  radiusKm!: number;

  @Field({ description: 'Only verified attributes count as evidence for its required criteria' })
  requireVerified!: boolean;

  @Field(() => [FieldVisibility])
  visibility!: FieldVisibility[];
}

@ObjectType({ description: 'An intermediary organisation the viewer can verify attributes for' })
export class VerifyingIntermediary {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType({
  description: 'A cooperation profile as the viewer may see it: entries, readiness, provenance',
})
export class Profile {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => OrganisationKindEnum)
  kind!: OrganisationKind;

  @Field(() => [ProfileEntry], { description: 'Entries of the fields the viewer may see' })
  entries!: ProfileEntry[];

  @Field(() => ProfileReadiness, { nullable: true })
  readiness!: ProfileReadiness | null;

  @Field(() => ProfileDerivation, { nullable: true })
  derivation!: ProfileDerivation | null;

  @Field(() => ProfileSettings, { nullable: true })
  settings!: ProfileSettings | null;

  @Field(() => [ProfileFieldEnum], { description: 'Fields the viewer may not see' })
  withheldFields!: ProfileField[];

  @Field(() => [FieldVisibility], {
    description: 'Fields the viewer may not see, with the level that would show them',
  })
  withheld!: FieldVisibility[];

  @Field({ description: 'Whether the viewer may adjust the profile' })
  canEdit!: boolean;

  @Field({ description: 'Whether the viewer may verify its attributes (regional intermediary)' })
  canVerify!: boolean;

  @Field(() => [VerifyingIntermediary], {
    description: 'The viewer’s intermediaries serving the organisation’s district (to verify as)',
  })
  verifyingIntermediaries!: VerifyingIntermediary[];

  @Field(() => Int, { description: 'Increases with every change; send it back with changes' })
  version!: number;
}
