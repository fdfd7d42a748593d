import { join } from 'node:path';
import { redactDatabaseUrl, startEmbeddedPostgres, waitForDatabase } from '@bs/api/database';
import type { Logger } from 'pino';
import type { AppConfig } from './config';

export interface DatabaseConnection {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * Resolves the database: the configured PostgreSQL server, or (without DATABASE_URL) the
 * embedded PGlite under DATA_DIR. Waits with backoff until it answers.
 */
export async function connectDatabase(config: AppConfig, log: Logger): Promise<DatabaseConnection> {
  let connection: DatabaseConnection;
  if (config.databaseUrl) {
    connection = { url: config.databaseUrl, embedded: false, stop: () => Promise.resolve() };
    log.info({ database: redactDatabaseUrl(config.databaseUrl) }, 'Using PostgreSQL server');
  } else {
    const started = Date.now();
    const dataDir = join(config.dataDir, 'pglite');
    const embedded = await startEmbeddedPostgres({ dataDir, poolSize: config.poolSize });
    connection = { url: embedded.url, embedded: true, stop: () => embedded.stop() };
    log.info(
      { database: embedded.url, dataDir, startupMs: Date.now() - started },
      'Embedded PostgreSQL (PGlite + PostGIS) started',
    );
  }
  await waitForDatabase({
    url: connection.url,
    timeoutMs: config.connectTimeoutMs,
    log: ({ msg, ...entry }) => log.warn(entry, msg),
  });
  return connection;
}
