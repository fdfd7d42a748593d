import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The outbox: domain events are written in the same transaction as the change they announce
 * and handed to their consumers afterwards, so none is lost or half-applied.
 */
@Entity({ name: 'domain_event' })
// Partial index over unprocessed events, kept by the migration.
@Index('domain_event_pending_idx', { synchronize: false })
export class DomainEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'varchar', length: 80 })
  type!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, string | number | boolean | null>;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt!: Date | null;
}
