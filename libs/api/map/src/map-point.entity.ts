import type { OrganisationKind } from '@bs/domain';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

/**
 * The map's read model, one row per organisation (deleted ones stay as tombstones). Written
 * only by the triggers of the migration `CreateMapIndex` (from `organisation`, `match_profile`
 * and `profile`); read by `MapIndexService`.
 */
@Entity({ name: 'map_point' })
@Unique('map_point_organisation_id_key', ['organisationId'])
// The table is clustered on a geohash of (lng, lat) (expression index, kept by the migration).
@Index('map_point_geohash_idx', { synchronize: false })
export class MapPointEntity {
  /** Dense and stable: the in-memory index addresses organisations by it. */
  @PrimaryGeneratedColumn('identity', { type: 'integer', generatedIdentity: 'ALWAYS' })
  slot!: number;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  /** The transaction that last changed the row (`pg_current_xact_id()` as bigint). */
  @Index('map_point_changed_xid_idx')
  @Column({ name: 'changed_xid', type: 'bigint' })
  changedXid!: string;

  @Column({ type: 'boolean', default: false })
  deleted!: boolean;

  @Column({ type: 'enum', enum: ['ZO', 'KMU', 'INTERMEDIARY'], enumName: 'organisation_kind' })
  kind!: OrganisationKind;

  @Column({ type: 'double precision' })
  lng!: number;

  @Column({ type: 'double precision' })
  lat!: number;

  /** Numeric district key (8222 for "08222"); 0 when none. */
  @Column({ type: 'smallint', default: 0 })
  district!: number;

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

  /** 2 bits per field OFFERS, SEEKS, THEMES, ATTRIBUTES: 0 default, 1 PUBLIC, 2 SIGNED_IN, 3 CONTACTS. */
  @Column({ type: 'smallint', default: 0 })
  visibility!: number;

  /** What a single marker shows (copied from `organisation`, so naming markers reads one table). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  name!: string | null;

  @Column({ type: 'char', length: 5, nullable: true })
  postcode!: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  city!: string | null;
}

/** The German full-text document (name weight A, description B) of each live map point. */
@Entity({ name: 'map_text' })
// GIN index over the document, kept by the migration.
@Index('map_text_document_gin', { synchronize: false })
export class MapTextEntity {
  @PrimaryColumn({ type: 'integer' })
  slot!: number;

  @Column({ type: 'tsvector' })
  document!: string;

  @OneToOne(() => MapPointEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'slot', foreignKeyConstraintName: 'map_text_slot_fkey' })
  point?: MapPointEntity;
}

/**
 * One row: increased by `map_point_rebuild()` (after bulk loads), which writes `map_point`
 * anew. An API instance that sees a new generation loads its map index again.
 */
@Entity({ name: 'map_generation' })
@Check('map_generation_single_row_check', `id = 1`)
export class MapGenerationEntity {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id!: number;

  @Column({ type: 'bigint' })
  generation!: string;
}
