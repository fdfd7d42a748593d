import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainEventEntity } from './domain-event.entity';
import type { DomainEvent, DomainEventPayloads, DomainEventType } from './domain-events';

type Handler<T extends DomainEventType> = (
  event: DomainEvent<T>,
  manager: EntityManager,
) => Promise<void>;

/**
 * The outbox. `publish` stores an event in the caller's transaction; `dispatch` then hands
 * unprocessed events to their subscribers, each in its own transaction together with the
 * "processed" mark, so an event is applied completely or not at all and never lost: what
 * fails stays pending and is retried by the next dispatch.
 */
@Injectable()
export class DomainEventsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DomainEventsService.name);
  private retryTimer?: NodeJS.Timeout;
  private readonly handlers = new Map<DomainEventType, Handler<DomainEventType>[]>();
  private dispatching: Promise<number> | null = null;
  private queued: Promise<number> | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Catches up on events left pending (a crash, a failed handler), then every 10 s. */
  onApplicationBootstrap(): void {
    void this.dispatch();
    this.retryTimer = setInterval(() => void this.dispatch(), 10_000);
    this.retryTimer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.retryTimer);
  }

  subscribe<T extends DomainEventType>(type: T, handler: Handler<T>): void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as unknown as Handler<DomainEventType>);
    this.handlers.set(type, list);
  }

  /** Stores the event in the caller's transaction (call `dispatch` after it committed). */
  async publish<T extends DomainEventType>(
    manager: EntityManager,
    type: T,
    payload: DomainEventPayloads[T],
  ): Promise<void> {
    await manager.insert(DomainEventEntity, { type, payload });
  }

  /**
   * Applies every pending event in order; returns how many this pass processed. An event
   * committed before the call is always handled by the time the promise resolves: a call
   * during a running pass queues one more pass after it (a running pass may already have
   * looked for events). One dispatcher per process at a time; across processes rows are
   * locked (SKIP LOCKED).
   */
  dispatch(): Promise<number> {
    if (!this.dataSource.isInitialized) return Promise.resolve(0);
    if (!this.dispatching) {
      this.dispatching = this.dispatchPending().finally(() => (this.dispatching = null));
      return this.dispatching;
    }
    this.queued ??= this.dispatching
      .catch(() => 0)
      .then(() => {
        this.queued = null;
        return this.dispatch();
      });
    return this.queued;
  }

  private async dispatchPending(): Promise<number> {
    let processed = 0;
    for (;;) {
      const handled = await this.dataSource
        .transaction(async (manager) => {
          const [row] = await manager.query<
            {
              id: string;
              type: DomainEventType;
              payload: DomainEventPayloads[DomainEventType];
              occurred_at: Date;
            }[]
          >(
            `SELECT id, type, payload, occurred_at FROM domain_event
            WHERE processed_at IS NULL ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`,
          );
          if (!row) return false;
          const event: DomainEvent = {
            id: row.id,
            type: row.type,
            payload: row.payload,
            occurredAt: row.occurred_at,
          };
          for (const handler of this.handlers.get(event.type) ?? []) await handler(event, manager);
          await manager.update(DomainEventEntity, { id: row.id }, { processedAt: new Date() });
          return true;
        })
        .catch((error: unknown) => {
          this.logger.error({ err: error }, 'Domain event handler failed; the event stays pending');
          return false;
        });
      if (!handled) return processed;
      processed += 1;
    }
  }
}
