import type { Point } from 'typeorm';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
} from 'typeorm';

/**
 * The match index, one row per ZO or KMU with a profile: the effective profile as bit masks
 * (positions from `@bs/domain` taxonomy-bits), readiness and radius, with the organisation's
 * location. Written only by `MatchIndexWriter`, in the same transaction as the profile.
 */
@Entity({ name: 'match_profile' })
@Check('match_profile_kind_check', `kind IN ('ZO', 'KMU')`)
export class MatchProfileEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'enum', enum: ['ZO', 'KMU', 'INTERMEDIARY'], enumName: 'organisation_kind' })
  kind!: 'ZO' | 'KMU';

  @Index('match_profile_location_gist', { spatial: true })
  @Column({ type: 'geography', spatialFeatureType: 'Point', srid: 4326 })
  location!: Point;

  @Column({ name: 'radius_km', type: 'smallint' })
  radiusKm!: number;

  @Column({ type: 'integer', default: 0 })
  offers!: number;

  @Column({ type: 'integer', default: 0 })
  seeks!: number;

  @Column({ type: 'integer', default: 0 })
  themes!: number;

  @Column({ type: 'integer', default: 0 })
  attributes!: number;

  @Column({ name: 'verified_attributes', type: 'integer', default: 0 })
  verifiedAttributes!: number;

  /** One evidence mask per quality criterion the organisation requires of partners. */
  @Column({ name: 'required_criteria', type: 'integer', array: true, default: () => `'{}'` })
  requiredCriteria!: number[];

  @Column({ name: 'require_verified', type: 'boolean', default: false })
  requireVerified!: boolean;

  @Column({ type: 'double precision', nullable: true })
  readiness!: number | null;

  @Column({ type: 'char', length: 7, nullable: true })
  ratings!: string | null;

  @OneToOne('OrganisationEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'match_profile_organisation_id_fkey',
  })
  organisation?: object;
}

/**
 * One row per organisation × topic × direction (`key` from `matchTopicKey`) with the
 * location, so "the nearest KMU offering volunteers" is a KNN walk of one GiST index. The
 * walk runs on `pos`, the location projected to metres (ETRS89-LAEA, EPSG:3035): planar
 * distances cost a fraction of spherical ones and differ from them by well under one per cent
 * across Germany; exact distances are computed on `location` for the candidates found.
 */
@Entity({ name: 'match_topic' })
// GiST over (key, pos) with btree_gist, kept by the migration.
@Index('match_topic_key_pos_gist', { synchronize: false })
export class MatchTopicEntity {
  @PrimaryColumn({
    name: 'organisation_id',
    type: 'uuid',
    primaryKeyConstraintName: 'match_topic_pkey',
  })
  organisationId!: string;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'match_topic_pkey' })
  key!: number;

  @Column({ type: 'geography', spatialFeatureType: 'Point', srid: 4326 })
  location!: Point;

  @Column({ name: 'lead_time_days', type: 'smallint', nullable: true })
  leadTimeDays!: number | null;

  @Column({ name: 'group_size', type: 'smallint', nullable: true })
  groupSize!: number | null;

  // The organisation's side of a match, copied from its match_profile row (see the writer).
  @Column({ name: 'radius_km', type: 'smallint' })
  radiusKm!: number;

  @Column({ type: 'integer' })
  offers!: number;

  @Column({ type: 'integer' })
  seeks!: number;

  @Column({ type: 'integer' })
  themes!: number;

  @Column({ type: 'integer' })
  attributes!: number;

  @Column({ name: 'verified_attributes', type: 'integer' })
  verifiedAttributes!: number;

  @Column({ name: 'required_criteria', type: 'integer', array: true })
  requiredCriteria!: number[];

  @Column({ name: 'require_verified', type: 'boolean' })
  requireVerified!: boolean;

  @Column({ type: 'double precision', nullable: true })
  readiness!: number | null;

  /** `location` in metres (EPSG:3035), kept by PostgreSQL, for nearest-first search. */
  @Column({
    type: 'geometry',
    spatialFeatureType: 'Point',
    srid: 3035,
    generatedType: 'STORED',
    asExpression: 'ST_Transform(location::geometry, 3035)',
    insert: false,
    update: false,
  })
  pos!: Point;

  @ManyToOne('MatchProfileEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'match_topic_organisation_id_fkey',
  })
  matchProfile?: object;
}
