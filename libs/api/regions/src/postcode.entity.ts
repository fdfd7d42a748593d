import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Point,
} from 'typeorm';
import { DistrictEntity } from './district.entity';

/** A German postcode with one representative coordinate (offline GeoNames data). */
@Entity({ name: 'postcode' })
@Check('postcode_postcode_check', `postcode ~ '^[0-9]{5}$'`)
export class PostcodeEntity {
  @PrimaryColumn({ type: 'char', length: 5 })
  postcode!: string;

  /** Representative centroid (see `choosePostcodeRepresentatives`). */
  @Index('postcode_location_gist', { spatial: true })
  @Column({ type: 'geography', spatialFeatureType: 'Point', srid: 4326 })
  location!: Point;

  /** Representative place name. */
  @Column({ type: 'text' })
  place!: string;

  /** The other place (or, for large-customer codes, recipient) names of this postcode. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  places!: string[];

  /** A postcode of its own for a company or authority rather than a locality. */
  @Column({ name: 'large_customer', type: 'boolean', default: false })
  largeCustomer!: boolean;

  /** Null when neither the source key nor the location identifies a district. */
  @Index('postcode_district_key_idx')
  @Column({ name: 'district_key', type: 'char', length: 5, nullable: true })
  districtKey!: string | null;

  @ManyToOne(() => DistrictEntity, { nullable: true })
  @JoinColumn({ name: 'district_key', foreignKeyConstraintName: 'postcode_district_key_fkey' })
  district?: DistrictEntity | null;
}
