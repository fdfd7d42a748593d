import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';

/** Why a pair never matches: one side is not interested, or their cooperation ended. */
export const MATCH_EXCLUSION_REASONS = ['NOT_INTERESTED', 'ENDED'] as const;
export type MatchExclusionReason = (typeof MATCH_EXCLUSION_REASONS)[number];

/**
 * A partner excluded from an organisation's matches. The pair is blocked in both directions;
 * NOT_INTERESTED rows are set and undone by the organisation, ENDED rows come from agreements.
 */
@Entity({ name: 'match_exclusion' })
@Index('match_exclusion_partner_idx', ['partnerId', 'organisationId'])
// Partial indexes of the user references (deleting an account), kept by the migration.
@Index('match_exclusion_created_by_idx', { synchronize: false })
@Check('match_exclusion_pair_check', `organisation_id <> partner_id`)
export class MatchExclusionEntity {
  @PrimaryColumn({
    name: 'organisation_id',
    type: 'uuid',
    primaryKeyConstraintName: 'match_exclusion_pkey',
  })
  organisationId!: string;

  @PrimaryColumn({
    name: 'partner_id',
    type: 'uuid',
    primaryKeyConstraintName: 'match_exclusion_pkey',
  })
  partnerId!: string;

  @PrimaryColumn({
    type: 'enum',
    enum: MATCH_EXCLUSION_REASONS,
    enumName: 'match_exclusion_reason',
    primaryKeyConstraintName: 'match_exclusion_pkey',
  })
  reason!: MatchExclusionReason;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne('OrganisationEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'match_exclusion_organisation_id_fkey',
  })
  organisation?: object;

  @ManyToOne('OrganisationEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'match_exclusion_partner_id_fkey' })
  partner?: object;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'match_exclusion_created_by_fkey' })
  creator?: object;
}
