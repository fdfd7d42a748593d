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

export type MeasurePriority = 'HIGH' | 'MEDIUM' | 'LOW';
export type MeasureStatus = 'OPEN' | 'IN_PROGRESS' | 'DONE';

/** One row of a measures plan. */
@Entity({ name: 'measure' })
@Index('measure_assessment_idx', ['assessmentId', 'position'])
// Partial index for due reviews, kept by the migration.
@Index('measure_review_due_idx', { synchronize: false })
@Check('measure_checkpoint_check', `checkpoint BETWEEN 1 AND 7`)
@Check('measure_text_check', `length(btrim(text)) > 0`)
@Check(
  'measure_review_after_start_check',
  `review_date IS NULL OR start_date IS NULL OR review_date >= start_date`,
)
export class MeasureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  @Column({ type: 'smallint' })
  checkpoint!: number;

  @Column({ type: 'varchar', length: 500 })
  text!: string;

  /** The catalogue example this measure was suggested from, if any. */
  @Column({ name: 'source_example', type: 'varchar', length: 80, nullable: true })
  sourceExample!: string | null;

  @Column({
    type: 'enum',
    enum: ['HIGH', 'MEDIUM', 'LOW'],
    enumName: 'measure_priority',
    default: 'MEDIUM',
  })
  priority!: MeasurePriority;

  @Column({ type: 'varchar', length: 200, nullable: true })
  responsible!: string | null;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ name: 'review_date', type: 'date', nullable: true })
  reviewDate!: string | null;

  @Column({
    type: 'enum',
    enum: ['OPEN', 'IN_PROGRESS', 'DONE'],
    enumName: 'measure_status',
    default: 'OPEN',
  })
  status!: MeasureStatus;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne('AssessmentEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'measure_assessment_id_fkey' })
  assessment?: object;
}
