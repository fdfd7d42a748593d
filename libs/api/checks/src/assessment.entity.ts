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
import type { StoredAnswers } from './stored-answers';

export type AssessmentStatus = 'DRAFT' | 'COMPLETED';

@Entity({ name: 'assessment' })
@Index('assessment_organisation_idx', ['organisationId', 'createdAt'])
// Partial unique index (one draft per organisation), kept by the migration.
@Index('assessment_one_draft_key', { synchronize: false })
// Partial indexes of the user references (deleting an account), kept by the migration.
@Index('assessment_started_by_idx', { synchronize: false })
@Index('assessment_completed_by_idx', { synchronize: false })
@Check('assessment_completed_check', `(status = 'COMPLETED') = (completed_at IS NOT NULL)`)
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  /** The check template (`ZO_KMU` or `KMU_ZO`) and the published version it was made with. */
  @Column({ type: 'varchar', length: 20 })
  template!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({
    type: 'enum',
    enum: ['DRAFT', 'COMPLETED'],
    enumName: 'assessment_status',
    default: 'DRAFT',
  })
  status!: AssessmentStatus;

  @Column({ type: 'jsonb' })
  answers!: StoredAnswers;

  /** Increases with every saved change; a save based on an older revision is a conflict. */
  @Column({ type: 'integer', default: 1 })
  revision!: number;

  @Column({ name: 'previous_id', type: 'uuid', nullable: true })
  previousId!: string | null;

  @Column({ name: 'started_by', type: 'uuid', nullable: true })
  startedBy!: string | null;

  @Column({ name: 'completed_by', type: 'uuid', nullable: true })
  completedBy!: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne('OrganisationEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'assessment_organisation_id_fkey',
  })
  organisation?: object;

  @ManyToOne('AssessmentEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'previous_id', foreignKeyConstraintName: 'assessment_previous_id_fkey' })
  previous?: object;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'started_by', foreignKeyConstraintName: 'assessment_started_by_fkey' })
  starter?: object;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'completed_by', foreignKeyConstraintName: 'assessment_completed_by_fkey' })
  completer?: object;
}
