import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { Allow, IsUUID } from 'class-validator';

// Filters are checked by the domain rules (specific message keys); `Allow` keeps them through
// the whitelisting validation pipe.

/** The match list's filters; checked by `matchQueryProblems` (libs/domain) in the service. */
@ArgsType()
export class MatchesArgs {
  @Field(() => ID, { description: 'The organisation one acts for' })
  @IsUUID('all', { message: 'organisations.invalidId' })
  organisationId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Search radius in km (1–200); default: the profile’s radius',
  })
  @Allow()
  radiusKm?: number | null;

  @Field(() => [String], { nullable: true, description: 'Only matches on one of these topics' })
  @Allow()
  topics?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only partners with one of these themes' })
  @Allow()
  themes?: string[] | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Count only verified attributes as evidence for your required criteria',
  })
  @Allow()
  onlyVerified = false;

  @Field(() => Int, {
    nullable: true,
    description: 'Offers count only when they can start within this many days',
  })
  @Allow()
  startWithinDays?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Offers count only when they take at least this many people at a time',
  })
  @Allow()
  minGroupSize?: number | null;

  @Field(() => Int, { defaultValue: 20, description: 'Page size (1–50)' })
  @Allow()
  first = 20;

  @Field(() => Int, { defaultValue: 0 })
  @Allow()
  offset = 0;
}

@ArgsType()
export class MatchWithArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'organisations.invalidId' })
  organisationId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'matching.partnerInvalidId' })
  partnerId!: string;

  @Field(() => Int, { nullable: true })
  @Allow()
  radiusKm?: number | null;

  @Field(() => Boolean, { defaultValue: false })
  @Allow()
  onlyVerified = false;
}
