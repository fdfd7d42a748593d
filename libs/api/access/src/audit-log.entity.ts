import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

type AuditValue = string | number | boolean | null | string[];
export type AuditDetails = Record<string, AuditValue>;

/** Who read or changed what. Holds ids only; personal data stays in its own tables. */
@Entity({ name: 'audit_log' })
@Index('audit_log_organisation_idx', ['organisationId', 'occurredAt'])
// Partial indexes of the user references (deleting an account), kept by the migration.
@Index('audit_log_actor_id_idx', { synchronize: false })
export class AuditLogEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 60 })
  action!: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ type: 'jsonb', default: {} })
  details!: AuditDetails;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'audit_log_actor_id_fkey' })
  actor?: object;

  @ManyToOne('OrganisationEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'audit_log_organisation_id_fkey',
  })
  organisation?: object;
}
