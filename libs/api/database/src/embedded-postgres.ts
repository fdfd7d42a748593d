import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { postgis } from '@electric-sql/pglite-postgis';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgresOptions {
  /**
   * Directory that holds the PGlite data; created when missing and reused on the next start.
   * Without it the database lives in memory (tests).
   */
  dataDir?: string;
  /** A gzipped data directory (from `dumpDataDir`) to start from instead of initdb. */
  template?: Blob;
  /** Size of the pg pool that will connect; the socket server accepts two more connections. */
  poolSize: number;
}

export interface EmbeddedPostgres {
  /** A postgres:// URL for pg/TypeORM. */
  url: string;
  /** Writes the data directory as a gzipped tarball (for test templates). */
  dump(): Promise<Blob>;
  stop(): Promise<void>;
}

/**
 * Starts PGlite with PostGIS and serves it over the PostgreSQL wire protocol on a free loopback
 * port, so the application connects through exactly the same pg/TypeORM path as in production.
 * PGlite runs one query at a time: keep the pool small and transactions on one EntityManager.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.template,
    // Every extension a migration may create must be loaded here (native servers ship them).
    extensions: { postgis, btree_gist, pg_trgm, unaccent },
  });
  await db.exec('CREATE EXTENSION IF NOT EXISTS postgis');
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: 0,
    maxConnections: options.poolSize + 2,
  });
  await server.start();
  const [host, port] = server.getServerConn().split(':');
  return {
    url: `postgres://postgres@${host}:${port}/postgres`,
    dump: () => db.dumpDataDir('gzip'),
    async stop() {
      await server.stop();
      // Socket handlers detach on the next check phase and still ask PGlite about open
      // transactions; let them finish before closing the database.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await db.close();
    },
  };
}
