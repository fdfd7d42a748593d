import { GeoPointInput } from '@bs/api/geo';
import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';

@ArgsType()
export class DistrictAtArgs {
  @Field(() => GeoPointInput, { description: 'The point to look up' })
  @ValidateNested()
  @Type(() => GeoPointInput)
  location!: GeoPointInput;
}
