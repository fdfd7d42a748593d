import { Field, ObjectType } from '@nestjs/graphql';
import { Land } from './land.model';

@ObjectType({ description: 'A German district (Kreis or kreisfreie Stadt, status 2021)' })
export class District {
  @Field({ description: 'Five-digit district key (ARS/AGS), e.g. "08222"' })
  key!: string;

  @Field()
  name!: string;

  @Field({ description: 'Kind of district, e.g. "Landkreis", "Kreisfreie Stadt"' })
  type!: string;

  @Field(() => Land)
  land!: Land;
}
