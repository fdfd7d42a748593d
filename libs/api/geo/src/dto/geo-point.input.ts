import { Field, Float, InputType } from '@nestjs/graphql';
import { IsLatitude, IsLongitude } from 'class-validator';
import type { GeoPoint } from '../models/geo-point.model';

@InputType({ description: 'A WGS84 coordinate in degrees' })
export class GeoPointInput implements GeoPoint {
  @Field(() => Float)
  @IsLatitude({ message: 'geo.latitude' })
  lat!: number;

  @Field(() => Float)
  @IsLongitude({ message: 'geo.longitude' })
  lng!: number;
}
