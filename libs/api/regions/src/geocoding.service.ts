import type { GeoPoint } from '@bs/api/geo';
import { Injectable } from '@nestjs/common';
import { GeodataRepository, type DistrictRow, type PostcodeRow } from './geodata.repository';
import {
  GeodataUnavailableError,
  InvalidPostcodeError,
  UnknownPostcodeError,
} from './geocoding.errors';
import type { District } from './models/district.model';
import type { Land } from './models/land.model';
import type { PostcodeLookup } from './models/postcode-lookup.model';

/** The district containing a point, and its Land. */
export interface DistrictAtPoint {
  district: District;
  land: Land;
}

function toDistrictAtPoint(row: DistrictRow): DistrictAtPoint {
  const land = { key: row.land_key, name: row.land_name };
  return { district: { key: row.key, name: row.name, type: row.type, land }, land };
}

function toLookup(row: PostcodeRow): PostcodeLookup {
  const land =
    row.land_key !== null && row.land_name !== null
      ? { key: row.land_key, name: row.land_name }
      : null;
  return {
    postcode: row.postcode,
    location: { lat: row.lat, lng: row.lng },
    place: row.place,
    places: row.places,
    largeCustomer: row.large_customer,
    district:
      land && row.district_key !== null && row.district_name !== null
        ? { key: row.district_key, name: row.district_name, type: row.district_type ?? '', land }
        : null,
    land,
  };
}

/** Offline geocoding for Germany: postcode → place, coordinate and district; point → district. */
@Injectable()
export class GeocodingService {
  constructor(private readonly repository: GeodataRepository) {}

  /**
   * @throws InvalidPostcodeError unless five digits (surrounding spaces are ignored)
   * @throws UnknownPostcodeError for a well-formed postcode that does not exist
   */
  async lookupPostcode(postcode: string): Promise<PostcodeLookup> {
    const code = postcode.trim();
    if (!/^\d{5}$/.test(code)) throw new InvalidPostcodeError(postcode);
    const row = await this.repository.findPostcode(code);
    if (row) return toLookup(row);
    if (!(await this.repository.hasPostcodes())) throw new GeodataUnavailableError();
    throw new UnknownPostcodeError(code);
  }

  /** Every district with its Land, by name (empty until the geodata is imported). */
  async districts(): Promise<District[]> {
    return (await this.repository.allDistricts()).map((row) => toDistrictAtPoint(row).district);
  }

  /** The district and Land containing the point; null outside Germany. */
  async districtAt(point: GeoPoint): Promise<DistrictAtPoint | null> {
    const row = await this.repository.districtAt(point.lat, point.lng);
    if (row) return toDistrictAtPoint(row);
    if (!(await this.repository.hasDistricts())) throw new GeodataUnavailableError();
    return null;
  }
}
