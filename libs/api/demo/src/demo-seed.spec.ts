import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from './demo-seed';

describe('seedDemoData', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await startTestDatabase();
    dataSource = new DataSource({ type: 'postgres', url: db.url, installExtensions: false });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.stop();
  });

  it('fills an empty database once, around Mannheim, and leaves a populated one alone', async () => {
    expect(await seedDemoData(dataSource)).toEqual({ seeded: true, organisations: 102 });
    expect(await seedDemoData(dataSource)).toEqual({ seeded: false, organisations: 102 });
    const rows = await dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM organisation
       WHERE ST_DWithin(location, ST_SetSRID(ST_MakePoint(8.466, 49.4875), 4326)::geography, 60000)`,
    );
    expect(rows).toEqual([{ n: 102 }]);
  });
});
