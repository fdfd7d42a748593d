import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded-postgres';

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL (PGlite + PostGIS over pglite-socket)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bs-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('serves PostGIS over the wire protocol and keeps data across restarts', async () => {
    const first = await startEmbeddedPostgres({ dataDir, poolSize: 2 });
    try {
      const [row] = await query<{ km: number }>(
        first.url,
        `SELECT round(ST_Distance('SRID=4326;POINT(8.4660 49.4875)'::geography,
                                  'SRID=4326;POINT(8.6724 49.3988)'::geography) / 1000) AS km`,
      );
      // Mannheim to Heidelberg is about 18 km as the crow flies.
      expect(Number(row?.km)).toBe(18);
      await query(
        first.url,
        `CREATE TABLE kept (name text); INSERT INTO kept VALUES ('still here')`,
      );
    } finally {
      await first.stop();
    }

    const second = await startEmbeddedPostgres({ dataDir, poolSize: 2 });
    try {
      expect(await query(second.url, 'SELECT name FROM kept')).toEqual([{ name: 'still here' }]);
    } finally {
      await second.stop();
    }
  }, 120_000);

  it('accepts as many concurrent connections as the pool has', async () => {
    const db = await startEmbeddedPostgres({ poolSize: 3 });
    const clients = [0, 1, 2].map(() => new Client({ connectionString: db.url }));
    try {
      await Promise.all(clients.map((c) => c.connect()));
      const results = await Promise.all(
        clients.map((c, i) => c.query<{ i: number }>('SELECT $1::int AS i', [i])),
      );
      expect(results.map((r) => r.rows[0]?.i)).toEqual([0, 1, 2]);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
      await db.stop();
    }
  }, 120_000);
});
