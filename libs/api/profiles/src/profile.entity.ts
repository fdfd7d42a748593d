import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A change the latest derivation made, as stored in `last_changes`. */
export interface StoredDerivationChange {
  category: string;
  code: string;
  direction: string | null;
  change: 'ADDED' | 'REMOVED';
  effective: boolean;
}

/**
 * One organisation's cooperation profile: its settings (visibility per field, search radius,
 * whether only verified evidence counts) and the latest derivation from a completed check.
 * The entries are rows of `profile_entry`.
 */
@Entity({ name: 'profile' })
@Check('profile_radius_check', `radius_km BETWEEN 1 AND 200`)
@Check('profile_ratings_check', `ratings ~ '^[RYG]{7}$'`)
@Check('profile_readiness_check', `readiness BETWEEN 0 AND 1`)
export class ProfileEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  /** Visibility level per profile field; missing fields take the default. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  visibility!: Record<string, string>;

  @Column({ name: 'radius_km', type: 'smallint', default: 30 })
  radiusKm!: number;

  @Column({ name: 'require_verified', type: 'boolean', default: false })
  requireVerified!: boolean;

  /** The completed assessment of the latest derivation. */
  @Column({ name: 'assessment_id', type: 'uuid', nullable: true })
  assessmentId!: string | null;

  @Column({ name: 'check_template', type: 'varchar', length: 20, nullable: true })
  checkTemplate!: string | null;

  @Column({ name: 'check_version', type: 'integer', nullable: true })
  checkVersion!: number | null;

  @Column({ name: 'derived_at', type: 'timestamptz', nullable: true })
  derivedAt!: Date | null;

  /** Ratings of checkpoints 1–7 as letters R, Y, G (e.g. `GYRGGYR`). */
  @Column({ type: 'char', length: 7, nullable: true })
  ratings!: string | null;

  @Column({ type: 'double precision', nullable: true })
  readiness!: number | null;

  @Column({ name: 'last_changes', type: 'jsonb', default: () => `'[]'` })
  lastChanges!: StoredDerivationChange[];

  /** Increases with every change to the profile; settings changes must name it. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @OneToOne('OrganisationEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'profile_organisation_id_fkey' })
  organisation?: object;

  @ManyToOne('AssessmentEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'profile_assessment_id_fkey' })
  assessment?: object;
}
