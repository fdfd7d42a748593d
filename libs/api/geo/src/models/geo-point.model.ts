import { Field, Float, ObjectType } from '@nestjs/graphql';

/** A WGS84 coordinate. The API's only representation of PostGIS points. */
@ObjectType({ description: 'A WGS84 coordinate in degrees' })
export class GeoPoint {
  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lng!: number;
}
