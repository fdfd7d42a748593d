import type { Direction, ProfileCategory } from '@bs/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * One entry of a profile with its provenance: from the latest check (with the ticked
 * examples), added by hand, or a check entry hidden by hand. Offered effortful topics carry
 * their terms; attributes carry their verification by an intermediary.
 */
@Entity({ name: 'profile_entry' })
// Unique with NULLS NOT DISTINCT (direction is null outside topics), kept by the migration.
@Index('profile_entry_item_key', { synchronize: false })
// Partial indexes of the user references (deleting an account), kept by the migration.
@Index('profile_entry_added_by_idx', { synchronize: false })
@Index('profile_entry_verified_by_user_id_idx', { synchronize: false })
@Check('profile_entry_direction_check', `(category = 'TOPIC') = (direction IS NOT NULL)`)
@Check('profile_entry_source_check', `from_check OR manual`)
@Check('profile_entry_hidden_check', `NOT hidden OR (from_check AND NOT manual)`)
@Check(
  'profile_entry_terms_check',
  `(capacity_per_year IS NULL AND lead_time_days IS NULL AND group_size IS NULL)
          OR (category = 'TOPIC' AND direction = 'OFFERS')`,
)
@Check('profile_entry_capacity_check', `capacity_per_year > 0`)
@Check('profile_entry_lead_time_check', `lead_time_days >= 0`)
@Check('profile_entry_group_size_check', `group_size > 0`)
@Check(
  'profile_entry_verification_check',
  `(verified_at IS NULL AND verified_by_organisation_id IS NULL AND verified_by_user_id IS NULL)
          OR (category = 'ATTRIBUTE' AND verified_at IS NOT NULL)`,
)
export class ProfileEntryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({
    type: 'enum',
    enum: ['TOPIC', 'THEME', 'ATTRIBUTE', 'REQUIRED_CRITERION', 'EXIT_CRITERION'],
    enumName: 'profile_category',
  })
  category!: ProfileCategory;

  @Column({ type: 'varchar', length: 60 })
  code!: string;

  @Column({
    type: 'enum',
    enum: ['OFFERS', 'SEEKS'],
    enumName: 'topic_direction',
    nullable: true,
  })
  direction!: Direction | null;

  @Column({ name: 'from_check', type: 'boolean', default: false })
  fromCheck!: boolean;

  @Column({ type: 'boolean', default: false })
  manual!: boolean;

  @Column({ type: 'boolean', default: false })
  hidden!: boolean;

  /** Codes of the check's ticked examples this entry came from. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  examples!: string[];

  @Column({ name: 'capacity_per_year', type: 'smallint', nullable: true })
  capacityPerYear!: number | null;

  @Column({ name: 'lead_time_days', type: 'smallint', nullable: true })
  leadTimeDays!: number | null;

  @Column({ name: 'group_size', type: 'smallint', nullable: true })
  groupSize!: number | null;

  @Column({ name: 'verified_by_organisation_id', type: 'uuid', nullable: true })
  verifiedByOrganisationId!: string | null;

  @Column({ name: 'verified_by_user_id', type: 'uuid', nullable: true })
  verifiedByUserId!: string | null;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  @Column({ name: 'added_by', type: 'uuid', nullable: true })
  addedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne('ProfileEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'organisation_id',
    referencedColumnName: 'organisationId',
    foreignKeyConstraintName: 'profile_entry_organisation_id_fkey',
  })
  profile?: object;

  @ManyToOne('OrganisationEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'verified_by_organisation_id',
    foreignKeyConstraintName: 'profile_entry_verified_by_organisation_id_fkey',
  })
  verifier?: object;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'verified_by_user_id',
    foreignKeyConstraintName: 'profile_entry_verified_by_user_id_fkey',
  })
  verifyingUser?: object;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'added_by', foreignKeyConstraintName: 'profile_entry_added_by_fkey' })
  adder?: object;
}
