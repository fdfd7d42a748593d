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
    const listed = shown.output.split('\n').filter((l) => /^\[[X ]\] /.test(l));
    expect(listed[0]).toBe('[X] EnablePostgis1795345500000');
    expect(listed.every((l) => l.startsWith('[X]'))).toBe(true);
    const last = listed[listed.length - 1].slice(4);
    const before = await tables(db.url);

    // Every migration can be reverted, back to an empty schema, and applied again.
    for (let i = listed.length - 1; i >= 0; i--) {
      const reverted = await runCli(['migration:revert'], env);
      expect(reverted.code, reverted.output).toBe(0);
    }
    // Only TypeORM's bookkeeping remains: `typeorm_metadata` is created by TypeORM itself
    // before every revert once an entity has a generated column (match_topic.pos).
    expect(await tables(db.url)).toEqual(['migrations', 'typeorm_metadata']);

    const applied = await runCli(['migration:run'], env);
    expect(applied.code, applied.output).toBe(0);
    expect(applied.output).toContain(last);
    expect(await tables(db.url)).toEqual(before);

    // Deleting an account never scans a table: every reference to a user is indexed.
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ reference: string }>(
        `SELECT c.conrelid::regclass || '.' || a.attname AS reference
           FROM pg_constraint c
           JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
          WHERE c.contype = 'f' AND c.confrelid = 'app_user'::regclass
            AND NOT EXISTS (SELECT 1 FROM pg_index i
                             WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])`,
      );
      expect(rows.map((r) => r.reference)).toEqual([]);
    } finally {
      await client.end();
    }

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

  it('grants and revokes the platform administrator role by e-mail', async () => {
    await runCli(['seed'], env);
    const granted = await runCli(['admin:grant', 'ZO@demo.brueckenschlag.de'], env);
    expect(granted.output).toContain('zo@demo.brueckenschlag.de is now a platform administrator.');
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const role = async () =>
        (
          await client.query<{ platform_role: string }>(
            `SELECT platform_role FROM app_user WHERE email = 'zo@demo.brueckenschlag.de'`,
          )
        ).rows[0]?.platform_role;
      expect(await role()).toBe('ADMIN');
      await runCli(['admin:revoke', 'zo@demo.brueckenschlag.de'], env);
      expect(await role()).toBe('USER');
    } finally {
      await client.end();
    }
    const unknown = await runCli(['admin:grant', 'nobody@example.org'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain('No account with the e-mail address nobody@example.org');
  });
});
