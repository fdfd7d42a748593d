import { GeoPoint } from '@bs/api/geo';
import { Field, ObjectType } from '@nestjs/graphql';
import { District } from './district.model';
import { Land } from './land.model';

@ObjectType({ description: 'Where a German postcode is (offline data, accurate to a few km)' })
export class PostcodeLookup {
  @Field()
  postcode!: string;

  @Field(() => GeoPoint, { description: 'Representative coordinate of the postcode area' })
  location!: GeoPoint;

  @Field({ description: 'Representative place name' })
  place!: string;

  @Field(() => [String], {
    description: 'Other places (for large-customer codes: recipients) with this postcode',
  })
  places!: string[];

  @Field({ description: 'A postcode of its own for a company or authority' })
  largeCustomer!: boolean;

  @Field(() => District, { nullable: true, description: 'Null for a postcode outside Germany' })
  district!: District | null;

  @Field(() => Land, { nullable: true })
  land!: Land | null;
}
