import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalizedText } from '@bs/api/graphql';

export const RatingEnum = { RED: 'RED', YELLOW: 'YELLOW', GREEN: 'GREEN' } as const;
registerEnumType(RatingEnum, {
  name: 'Rating',
  description: 'RED: urgent need for action; YELLOW: need for action; GREEN: none at present',
});

export const AssessmentStatusEnum = { DRAFT: 'DRAFT', COMPLETED: 'COMPLETED' } as const;
registerEnumType(AssessmentStatusEnum, { name: 'AssessmentStatus' });

export const MeasurePriorityEnum = { HIGH: 'HIGH', MEDIUM: 'MEDIUM', LOW: 'LOW' } as const;
registerEnumType(MeasurePriorityEnum, { name: 'MeasurePriority' });

export const MeasureStatusEnum = {
  OPEN: 'OPEN',
  IN_PROGRESS: 'IN_PROGRESS',
  DONE: 'DONE',
} as const;
registerEnumType(MeasureStatusEnum, { name: 'MeasureStatus' });

export type Rating = keyof typeof RatingEnum;

@ObjectType({ description: 'The answer to one checkpoint' })
export class CheckpointAnswer {
  @Field(() => Int)
  number!: number;

  @Field(() => RatingEnum, { nullable: true })
  rating!: Rating | null;

  @Field(() => [String], { description: 'Codes of the ticked examples' })
  tickedExamples!: string[];

  @Field()
  notes!: string;

  @Field(() => [String], { description: 'Quality criteria expected of partners (checkpoint 3)' })
  requiredCriteria!: string[];

  @Field(() => [String], { description: 'Exit criteria (checkpoint 3)' })
  exitCriteria!: string[];
}

@ObjectType({ description: 'What changed in one checkpoint since the previous completed check' })
export class CheckpointChange {
  @Field(() => Int)
  number!: number;

  @Field(() => RatingEnum, { nullable: true })
  previousRating!: Rating | null;

  @Field(() => RatingEnum, { nullable: true })
  rating!: Rating | null;

  @Field({ description: 'IMPROVED, WORSENED, UNCHANGED or NEW' })
  trend!: string;

  @Field(() => [String])
  examplesAdded!: string[];

  @Field(() => [String])
  examplesRemoved!: string[];
}

@ObjectType({ description: "An organisation's self-assessment with one version of its check" })
export class Assessment {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field()
  template!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => AssessmentStatusEnum)
  status!: keyof typeof AssessmentStatusEnum;

  @Field(() => Int, { description: 'Send it back when saving; a newer one is a CONFLICT' })
  revision!: number;

  @Field(() => [CheckpointAnswer])
  checkpoints!: CheckpointAnswer[];

  @Field(() => ID, {
    nullable: true,
    description: 'The completed assessment this one started from',
  })
  previousId!: string | null;

  @Field()
  startedAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;
}

@ObjectType({ description: 'One row of the measures plan' })
export class Measure {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  assessmentId!: string;

  @Field(() => Int)
  checkpoint!: number;

  @Field()
  text!: string;

  @Field(() => String, { nullable: true })
  sourceExample!: string | null;

  @Field(() => MeasurePriorityEnum)
  priority!: keyof typeof MeasurePriorityEnum;

  @Field(() => String, { nullable: true })
  responsible!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD)' })
  startDate!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD)' })
  reviewDate!: string | null;

  @Field(() => MeasureStatusEnum)
  status!: keyof typeof MeasureStatusEnum;

  @Field(() => Int)
  position!: number;

  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: 'A measure suggested from an example of a red or yellow checkpoint' })
export class SuggestedMeasure {
  @Field(() => Int)
  checkpoint!: number;

  @Field()
  exampleCode!: string;

  @Field(() => LocalizedText)
  text!: LocalizedText;

  @Field(() => MeasurePriorityEnum)
  priority!: keyof typeof MeasurePriorityEnum;
}

@ObjectType({ description: 'How many organisations rated a checkpoint red, yellow and green' })
export class CheckpointDistribution {
  @Field(() => Int)
  number!: number;

  @Field(() => Int)
  red!: number;

  @Field(() => Int)
  yellow!: number;

  @Field(() => Int)
  green!: number;
}

@ObjectType({
  description:
    'Anonymous regional benchmark: latest completed checks of the same kind in the same region',
})
export class RatingBenchmark {
  @Field({ description: 'LAND or DISTRICT' })
  scope!: string;

  @Field()
  regionKey!: string;

  @Field()
  regionName!: string;

  @Field(() => Int)
  organisations!: number;

  @Field(() => [CheckpointDistribution])
  checkpoints!: CheckpointDistribution[];
}

@ObjectType({ description: 'A measure whose review date has come' })
export class DueReview {
  @Field(() => Measure)
  measure!: Measure;

  @Field(() => ID)
  organisationId!: string;
}

@ObjectType({ description: 'A generated file, base64-encoded' })
export class GeneratedFile {
  @Field()
  filename!: string;

  @Field()
  contentType!: string;

  @Field()
  base64!: string;
}
