import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { migrations } from '@bs/migrations';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres } from '../embedded-postgres';

export interface TestDatabase {
  url: string;
  /** 'native' when TEST_DATABASE_URL points at a PostgreSQL server, else 'embedded'. */
  flavour: 'native' | 'embedded';
  /**
   * Connections a test's pool may open: several on a server; one on the embedded database,
   * whose single session interleaves concurrent connections' protocol messages.
   */
  poolSize: number;
  stop(): Promise<void>;
}

const templatePath = join(
  process.cwd(),
  'node_modules/.cache/brueckenschlag/pglite-postgis-template.tar.gz',
);

/**
 * The database for integration tests: TEST_DATABASE_URL when set (a native PostgreSQL + PostGIS
 * server, as in CI and production; each call gets its own new database there), else a new
 * in-memory embedded PGlite with PostGIS. All migrations are applied either way.
 */
export async function startTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (serverUrl) {
    // A fresh database per caller: test files never see each other's data.
    const name = `bs_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    await migrate(url.toString());
    return {
      url: url.toString(),
      flavour: 'native',
      poolSize: 4,
      stop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const template = existsSync(templatePath) ? new Blob([readFileSync(templatePath)]) : undefined;
  const embedded = await startEmbeddedPostgres({ poolSize: 4, template });
  if (!template) {
    // initdb + CREATE EXTENSION postgis take ~15 s; keep the result for the next test files.
    mkdirSync(dirname(templatePath), { recursive: true });
    const partial = `${templatePath}.${process.pid}`;
    writeFileSync(partial, Buffer.from(await (await embedded.dump()).arrayBuffer()));
    renameSync(partial, templatePath);
  }
  await migrate(embedded.url);
  return { url: embedded.url, flavour: 'embedded', poolSize: 1, stop: () => embedded.stop() };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function migrate(url: string): Promise<void> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations,
    migrationsTransactionMode: 'each',
    installExtensions: false,
  });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
}
