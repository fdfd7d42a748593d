import { Args, Query, Resolver } from '@nestjs/graphql';
import { DistrictAtArgs } from './dto/district-at.args';
import { GeocodingService } from './geocoding.service';
import { District } from './models/district.model';
import { PostcodeLookup } from './models/postcode-lookup.model';

/** Offline geocoding (public): used by the organisation form to fill in the location. */
@Resolver()
export class GeocodingResolver {
  constructor(private readonly geocoding: GeocodingService) {}

  @Query(() => PostcodeLookup, {
    description:
      'Representative location, place and district of a German postcode (public). ' +
      'BAD_USER_INPUT with regions.invalidPostcode or regions.unknownPostcode on field postcode',
  })
  postcode(@Args('postcode') postcode: string): Promise<PostcodeLookup> {
    return this.geocoding.lookupPostcode(postcode);
  }

  @Query(() => [District], {
    description: 'Every German district with its Land, by name (public; e.g. for map filters)',
  })
  districts(): Promise<District[]> {
    return this.geocoding.districts();
  }

  @Query(() => District, {
    nullable: true,
    description: 'The district containing a point; null outside Germany (public)',
  })
  async districtAt(@Args() { location }: DistrictAtArgs): Promise<District | null> {
    return (await this.geocoding.districtAt(location))?.district ?? null;
  }
}
