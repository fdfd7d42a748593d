import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

@InputType({ description: 'The answer to one checkpoint; omitted fields stay as they are' })
export class CheckpointAnswerInput {
  @Field(() => Int)
  @IsInt({ message: 'checks.checkpointUnknown' })
  @Min(1, { message: 'checks.checkpointUnknown' })
  @Max(7, { message: 'checks.checkpointUnknown' })
  number!: number;

  @Field(() => String, {
    nullable: true,
    description: 'RED, YELLOW or GREEN; null clears the rating',
  })
  @IsOptional()
  @IsString({ message: 'checks.ratingInvalid' })
  rating?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray({ message: 'checks.exampleUnknown' })
  @ArrayMaxSize(100, { message: 'checks.exampleUnknown' })
  @IsString({ each: true, message: 'checks.exampleUnknown' })
  tickedExamples?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'checks.notesTooLong' })
  @MaxLength(5_000, { message: 'checks.notesTooLong' })
  notes?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray({ message: 'checks.criterionUnknown' })
  @ArrayMaxSize(50, { message: 'checks.criterionUnknown' })
  @IsString({ each: true, message: 'checks.criterionUnknown' })
  requiredCriteria?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray({ message: 'checks.criterionUnknown' })
  @ArrayMaxSize(50, { message: 'checks.criterionUnknown' })
  @IsString({ each: true, message: 'checks.criterionUnknown' })
  exitCriteria?: string[];
}

@InputType()
export class SaveAssessmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'checks.assessmentInvalidId' })
  assessmentId!: string;

  @Field(() => Int, { description: 'The revision the changes are based on' })
  @IsInt({ message: 'checks.revision' })
  @Min(1, { message: 'checks.revision' })
  revision!: number;

  @Field(() => [CheckpointAnswerInput])
  @IsArray()
  @ArrayMaxSize(7)
  @ValidateNested({ each: true })
  @Type(() => CheckpointAnswerInput)
  checkpoints!: CheckpointAnswerInput[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'];
const STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE'];

@InputType()
export class MeasureFieldsInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'measures.checkpoint' })
  @Min(1, { message: 'measures.checkpoint' })
  @Max(7, { message: 'measures.checkpoint' })
  checkpoint?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: 'measures.text' })
  @Matches(/\S/, { message: 'measures.text' })
  @MaxLength(500, { message: 'measures.text' })
  text?: string;

  @Field(() => String, { nullable: true, description: 'HIGH, MEDIUM or LOW' })
  @IsOptional()
  @IsIn(PRIORITIES, { message: 'measures.priority' })
  priority?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'measures.responsible' })
  responsible?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE, { message: 'measures.date' })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE, { message: 'measures.date' })
  reviewDate?: string | null;

  @Field(() => String, { nullable: true, description: 'OPEN, IN_PROGRESS or DONE' })
  @IsOptional()
  @IsIn(STATUSES, { message: 'measures.status' })
  status?: string;
}

@InputType()
export class AddMeasureInput extends MeasureFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'checks.assessmentInvalidId' })
  assessmentId!: string;
}

@InputType()
export class UpdateMeasureInput extends MeasureFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'measures.invalidId' })
  id!: string;

  @Field(() => Int)
  @IsInt({ message: 'measures.version' })
  @Min(1, { message: 'measures.version' })
  version!: number;
}
