import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** Time-limited access of an (OM-authorised) consultant to one organisation's checks. */
@Entity({ name: 'consultant_grant' })
@Index('consultant_grant_lookup_idx', ['organisationId', 'consultantId'])
// Partial indexes of the user references (deleting an account), kept by the migration.
@Index('consultant_grant_consultant_id_idx', { synchronize: false })
@Index('consultant_grant_granted_by_idx', { synchronize: false })
export class ConsultantGrantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'consultant_id', type: 'uuid' })
  consultantId!: string;

  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy!: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne('OrganisationEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'consultant_grant_organisation_id_fkey',
  })
  organisation?: object;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'consultant_id',
    foreignKeyConstraintName: 'consultant_grant_consultant_id_fkey',
  })
  consultant?: object;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'granted_by', foreignKeyConstraintName: 'consultant_grant_granted_by_fkey' })
  granter?: object;
}
