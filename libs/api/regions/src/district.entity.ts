import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type MultiPolygon,
} from 'typeorm';
import { LandEntity } from './land.entity';

/**
 * A German district (Kreis or kreisfreie Stadt, VG5000 status 2021). Besides the GiST index on
 * `geom`, the migration creates `district_geom_geometry_gist` on `(geom::geometry)` for fast
 * point-in-polygon lookups; TypeORM does not see expression indexes and leaves it alone.
 */
@Entity({ name: 'district' })
@Check('district_key_check', `key ~ '^[0-9]{5}$'`)
@Check('district_land_key_check', `land_key = left(key, 2)`)
export class DistrictEntity {
  /** Five-digit district key (ARS/AGS). */
  @PrimaryColumn({ type: 'char', length: 5 })
  key!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Kind of district as given by the BKG, e.g. "Landkreis", "Kreisfreie Stadt". */
  @Column({ type: 'text' })
  type!: string;

  @Index('district_land_key_idx')
  @Column({ name: 'land_key', type: 'char', length: 2 })
  landKey!: string;

  @ManyToOne(() => LandEntity, { nullable: false })
  @JoinColumn({ name: 'land_key', foreignKeyConstraintName: 'district_land_key_fkey' })
  land?: LandEntity;

  @Index('district_geom_gist', { spatial: true })
  @Column({
    type: 'geography',
    spatialFeatureType: 'MultiPolygon',
    srid: 4326,
    select: false,
  })
  geom!: MultiPolygon;
}
