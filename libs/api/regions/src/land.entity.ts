import { Check, Column, Entity, Index, PrimaryColumn, type MultiPolygon } from 'typeorm';

/** A German Land (VG5000, 2021); the outline is imported from the offline geodata. */
@Entity({ name: 'land' })
@Check('land_key_check', `key ~ '^[0-9]{2}$'`)
export class LandEntity {
  /** Two-digit Land key (ARS). */
  @PrimaryColumn({ type: 'char', length: 2 })
  key!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index('land_geom_gist', { spatial: true })
  @Column({
    type: 'geography',
    spatialFeatureType: 'MultiPolygon',
    srid: 4326,
    select: false,
  })
  geom!: MultiPolygon;
}
