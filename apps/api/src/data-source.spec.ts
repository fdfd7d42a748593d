import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataSourceOptions } from './data-source';

describe('the data source', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await startTestDatabase();
    dataSource = new DataSource(
      dataSourceOptions({ url: db.url, poolSize: 1, embedded: db.flavour === 'embedded' }),
    );
    await dataSource.initialize();
  }, 120_000);
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.stop();
  });

  it('opens server connections without JIT compilation (the embedded database has none)', async () => {
    const [row] = await dataSource.query<{ jit: string }[]>(`SELECT current_setting('jit') AS jit`);
    // PGlite is built without LLVM: its `jit` setting is on, but nothing can compile.
    expect(row?.jit).toBe(db.flavour === 'native' ? 'off' : 'on');
  });
});
