import { BoundsInput } from '@bs/api/geo';
import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, Max, Min, ValidateNested } from 'class-validator';

export const MAX_ORGANISATIONS_PER_REQUEST = 5_000;

@ArgsType()
export class OrganisationsArgs {
  @Field(() => BoundsInput, { description: 'Only organisations inside this box' })
  @ValidateNested()
  @Type(() => BoundsInput)
  bounds!: BoundsInput;

  @Field(() => Int, {
    defaultValue: 1000,
    description: `At most this many, nearest to the centre first (1–${MAX_ORGANISATIONS_PER_REQUEST})`,
  })
  @IsInt({ message: 'organisations.limit' })
  @Min(1, { message: 'organisations.limit' })
  @Max(MAX_ORGANISATIONS_PER_REQUEST, { message: 'organisations.limit' })
  limit = 1000;
}
