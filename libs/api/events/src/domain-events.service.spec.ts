import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainEventEntity } from './domain-event.entity';
import type { DomainEventPayloads } from './domain-events';
import { DomainEventsService } from './domain-events.service';

const event = (): DomainEventPayloads['AssessmentCompleted'] => ({
  assessmentId: randomUUID(),
  organisationId: randomUUID(),
  template: 'ZO_KMU',
  version: 1,
});

describe('domain events (outbox)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await startTestDatabase();
    dataSource = new DataSource({
      type: 'postgres',
      url: db.url,
      entities: [DomainEventEntity],
      installExtensions: false,
    });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.stop();
  });

  const pending = async () =>
    (
      await dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM domain_event WHERE processed_at IS NULL`,
      )
    )[0].n;

  it('hands a committed event to its subscriber once and marks it processed', async () => {
    const events = new DomainEventsService(dataSource);
    const seen: string[] = [];
    events.subscribe('AssessmentCompleted', (e) => {
      seen.push(e.payload.assessmentId);
      return Promise.resolve();
    });
    const payload = event();
    await dataSource.transaction((manager) =>
      events.publish(manager, 'AssessmentCompleted', payload),
    );
    expect(await events.dispatch()).toBe(1);
    expect(await events.dispatch()).toBe(0);
    expect(seen).toEqual([payload.assessmentId]);
    expect(await pending()).toBe(0);
  });

  it('loses nothing when the producing transaction rolls back: no event at all', async () => {
    const events = new DomainEventsService(dataSource);
    await dataSource
      .transaction(async (manager) => {
        await events.publish(manager, 'AssessmentCompleted', event());
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    expect(await pending()).toBe(0);
  });

  it('keeps an event pending when its handler fails, with the handler’s writes undone, and retries', async () => {
    const events = new DomainEventsService(dataSource);
    await dataSource.query(`CREATE TABLE IF NOT EXISTS outbox_probe (id uuid PRIMARY KEY)`);
    let fail = true;
    events.subscribe('AssessmentCompleted', async (e, manager) => {
      await manager.query(`INSERT INTO outbox_probe VALUES ($1)`, [e.payload.assessmentId]);
      if (fail) throw new Error('consumer down');
    });
    const payload = event();
    await dataSource.transaction((manager) =>
      events.publish(manager, 'AssessmentCompleted', payload),
    );
    expect(await events.dispatch()).toBe(0);
    expect(await pending()).toBe(1);
    const probe = () =>
      dataSource.query(`SELECT id FROM outbox_probe WHERE id = $1`, [payload.assessmentId]);
    expect(await probe()).toEqual([]);
    fail = false;
    expect(await events.dispatch()).toBe(1);
    expect(await probe()).toEqual([{ id: payload.assessmentId }]);
  });
});
