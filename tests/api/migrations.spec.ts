import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/api-process';

async function tables(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    return rows.map((r) => r.table_name);
  } finally {
    await client.end();
  }
}

describe('migration CLI', () => {
  let db: TestDatabase;
  let env: Record<string, string>;
  beforeAll(async () => {
    db = await startTestDatabase();
    env = { DATABASE_URL: db.url, DB_POOL_SIZE: '2' };
  });
  afterAll(() => db?.stop());

  it('shows, reverts and re-applies migrations; entities and migrations agree', async () => {
    const shown = await runCli(['migration:show'], env);
    expect(shown.output).toContain('[X] EnablePostgis1795345500000');
    expect(shown.output).toContain('[X] CreateOrganisation1795345600000');

    const reverted = await runCli(['migration:revert'], env);
    expect(reverted.code).toBe(0);
    expect(await tables(db.url)).not.toContain('organisation');

    const applied = await runCli(['migration:run'], env);
    expect(applied.code).toBe(0);
    expect(applied.output).toContain('Applied CreateOrganisation1795345600000');
    expect(await tables(db.url)).toContain('organisation');

    // No schema drift: generating a migration finds nothing to do.
    const generated = await runCli(['migration:generate', 'Drift'], env);
    expect(generated.output).toContain('No changes: entities and migrations agree.');
    expect(generated.code).toBe(0);
  });

  it('seeds through the CLI once', async () => {
    const first = await runCli(['seed'], env);
    expect(first.output).toContain('Seeded 102 demo organisations.');
    const second = await runCli(['seed'], env);
    expect(second.output).toContain('already holds 102 organisations');
  });
});
