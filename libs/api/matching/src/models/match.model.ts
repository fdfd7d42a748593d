import { GeoPoint } from '@bs/api/geo';
import { OrganisationKindEnum } from '@bs/api/organisations';
import type { MatchBlocker, OrganisationKind, ReadinessSignal } from '@bs/domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MATCH_EXCLUSION_REASONS, type MatchExclusionReason } from '../match-exclusion.entity';

const enumOf = <const K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, k])) as { [P in K]: P };

export const MATCH_BLOCKERS = [
  'SAME_ORGANISATION',
  'SAME_KIND',
  'EXCLUDED',
  'OUTSIDE_RADIUS',
  'NO_TOPIC_FIT',
  'ZO_CRITERIA_NOT_MET',
  'KMU_CRITERIA_NOT_MET',
] as const satisfies readonly MatchBlocker[];
export const MatchBlockerEnum = enumOf(MATCH_BLOCKERS);
registerEnumType(MatchBlockerEnum, {
  name: 'MatchBlocker',
  description: 'A hard constraint that keeps a pair from matching',
});

export const READINESS_SIGNALS = [
  'BOTH_GREEN_CONTACT',
  'BOTH_GREEN_AGREEMENTS',
  'BOTH_RED_INTERMEDIARY_ADVISED',
] as const satisfies readonly ReadinessSignal[];
export const ReadinessSignalEnum = enumOf(READINESS_SIGNALS);
registerEnumType(ReadinessSignalEnum, {
  name: 'ReadinessSignal',
  description: 'What both checks say about contact development (5) and agreements (6)',
});

export const MatchExclusionReasonEnum = enumOf(MATCH_EXCLUSION_REASONS);
registerEnumType(MatchExclusionReasonEnum, { name: 'MatchExclusionReason' });

@ObjectType({ description: 'The partner of a match (public fields)' })
export class MatchPartner {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganisationKindEnum)
  kind!: OrganisationKind;

  @Field()
  name!: string;

  @Field()
  city!: string;

  @Field()
  postcode!: string;

  @Field(() => String, { nullable: true })
  districtName!: string | null;

  @Field(() => GeoPoint)
  location!: GeoPoint;
}

@ObjectType({
  description:
    'Matched codes of one kind; codes from a profile field the viewer may not see are counted but not named',
})
export class MatchedCodes {
  @Field(() => [String], { description: 'The codes the viewer may see, in taxonomy order' })
  codes!: string[];

  @Field(() => Int, { description: 'How many matched, named or not' })
  count!: number;

  @Field(() => Int, { description: 'How many matched but are not named (hidden by the partner)' })
  hiddenCount!: number;
}

@ObjectType()
export class TopicFactor {
  @Field(() => Float, { description: 'Share of your sought topics the partner offers' })
  searcherSeeksCovered!: number;

  @Field(() => Float, { description: "Share of the partner's sought topics you offer" })
  partnerSeeksCovered!: number;

  @Field(() => Float, { description: 'Fused fit: two-sided above 0.4, one-sided at most 0.4' })
  fit!: number;

  @Field(() => Float)
  weight!: number;

  @Field(() => Float)
  contribution!: number;
}

@ObjectType()
export class ThemeFactor {
  @Field(() => Float, { description: 'Shared themes over all themes of both (Jaccard)' })
  overlap!: number;

  @Field(() => Float)
  weight!: number;

  @Field(() => Float)
  contribution!: number;
}

@ObjectType()
export class DistanceFactor {
  @Field(() => Float)
  km!: number;

  @Field(() => Float, { description: 'The nearer of both radii' })
  limitKm!: number;

  @Field(() => Float, { description: '1 at the same place, 0 at the limit' })
  decay!: number;

  @Field(() => Float)
  weight!: number;

  @Field(() => Float)
  contribution!: number;
}

@ObjectType()
export class ReadinessFactor {
  @Field(() => Float, { nullable: true, description: 'Your readiness (null without a check)' })
  searcher!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "The partner's readiness (null without a check or when it is not visible to you)",
  })
  partner!: number | null;

  @Field(() => Float)
  combined!: number;

  @Field(() => Float)
  weight!: number;

  @Field(() => Float)
  contribution!: number;
}

@ObjectType({ description: 'Each factor of the score with its contribution (they add up)' })
export class MatchFactors {
  @Field(() => TopicFactor)
  topics!: TopicFactor;

  @Field(() => ThemeFactor)
  themes!: ThemeFactor;

  @Field(() => DistanceFactor)
  distance!: DistanceFactor;

  @Field(() => ReadinessFactor)
  readiness!: ReadinessFactor;
}

@ObjectType({ description: 'A scored, explained partner for the organisation one acts for' })
export class Match {
  @Field(() => MatchPartner)
  partner!: MatchPartner;

  @Field(() => Float)
  distanceKm!: number;

  @Field(() => Float, { description: '0…1, the sum of the factors’ contributions' })
  score!: number;

  @Field(() => MatchFactors)
  factors!: MatchFactors;

  @Field(() => MatchedCodes, { description: 'Topics you seek that the partner offers' })
  youSeekTheyOffer!: MatchedCodes;

  @Field(() => MatchedCodes, { description: 'Topics the partner seeks that you offer' })
  theySeekYouOffer!: MatchedCodes;

  @Field(() => MatchedCodes)
  sharedThemes!: MatchedCodes;

  @Field(() => [ReadinessSignalEnum])
  signals!: ReadinessSignal[];
}

@ObjectType({ description: 'One page of matches, best first' })
export class MatchPage {
  @Field(() => [Match])
  items!: Match[];

  @Field(() => Int, { description: 'Matches on all pages' })
  totalCount!: number;

  @Field(() => Int)
  offset!: number;

  @Field()
  hasMore!: boolean;

  @Field(() => Int, { description: 'The radius searched (km)' })
  radiusKm!: number;

  @Field({
    description:
      'Every partner within the radius was considered (false: a very dense area, where only the nearest partners per topic were)',
  })
  complete!: boolean;
}

@ObjectType({ description: 'One pair explained: its score, or why it does not match' })
export class MatchCheck {
  @Field(() => MatchPartner)
  partner!: MatchPartner;

  @Field(() => Float)
  distanceKm!: number;

  @Field(() => [MatchBlockerEnum], { description: 'Empty when the pair matches' })
  blockers!: MatchBlocker[];

  @Field(() => Match, { nullable: true })
  match!: Match | null;
}

@ObjectType({ description: 'A partner excluded from the matches' })
export class MatchExclusion {
  @Field(() => MatchPartner)
  partner!: MatchPartner;

  @Field(() => MatchExclusionReasonEnum)
  reason!: MatchExclusionReason;

  @Field()
  createdAt!: Date;
}
