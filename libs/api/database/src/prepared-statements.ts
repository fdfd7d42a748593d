import { createHash } from 'node:crypto';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { SERVER_SESSION_OPTIONS } from './session-options';

/**
 * Session settings of the connections that run the hot reads as prepared statements (the
 * session lookup of every request, the match list's searcher, ranking and partners): those of
 * every server connection (no JIT), and a generic plan from the first call.
 * Planning the ranking statement cost more than running it (1.1–1.4 ms against 1.6–2.1 ms
 * at national scale), and its plan does not depend on the parameters: nearest-first walks of
 * the GiST index per topic key, then joins on primary keys. PostgreSQL's own choice kept
 * planning custom plans, because a generic plan cannot know how many topic keys the array
 * parameter holds.
 */
export const PREPARED_SESSION_OPTIONS = `${SERVER_SESSION_OPTIONS} -c plan_cache_mode=force_generic_plan`;

/**
 * A prepared statement's name for the server: one per distinct SQL text (the session lookup,
 * the searcher and partner statements, and a handful of ranking variants: kind of searcher,
 * wishes, filters), so each connection parses and plans it once. Only statements whose
 * generic plan is the right one for every parameter belong here (primary-key and unique-key
 * lookups, the ranking's nearest-first walks).
 */
export function preparedStatementName(sql: string): string {
  return `bs_prepared_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
}

/** Per data source, the connections for the prepared statements (opened on first use). */
const pools = new WeakMap<DataSource, Pool>();

function preparedPool(dataSource: DataSource): Pool {
  const existing = pools.get(dataSource);
  if (existing) return existing;
  const options = dataSource.options;
  if (options.type !== 'postgres') throw new Error('Prepared statements need PostgreSQL');
  const extra = (options.extra ?? {}) as { max?: number };
  const pool = new Pool({
    connectionString: options.url,
    host: options.host,
    port: options.port,
    user: options.username,
    password: typeof options.password === 'string' ? options.password : undefined,
    database: options.database,
    max: extra.max ?? 10,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 5_000,
    options: PREPARED_SESSION_OPTIONS,
  });
  pools.set(dataSource, pool);
  return pool;
}

/** Closes the prepared statements' connections of a data source (at shutdown). */
export async function closePreparedStatements(dataSource: DataSource): Promise<void> {
  const pool = pools.get(dataSource);
  pools.delete(dataSource);
  await pool?.end();
}

/**
 * Runs a statement, as a named (prepared) one when `prepared`: each connection then parses
 * and plans it once (see `PREPARED_SESSION_OPTIONS`). Only on a PostgreSQL server: the
 * embedded database serves every connection from one session, where names would collide.
 */
export async function runStatement<T>(
  dataSource: DataSource,
  sql: string,
  params: unknown[],
  prepared: boolean,
): Promise<T[]> {
  if (!prepared) return dataSource.query<T[]>(sql, params);
  dataSource.logger.logQuery(sql, params);
  const result = await preparedPool(dataSource).query<T & Record<string, unknown>>({
    name: preparedStatementName(sql),
    text: sql,
    values: params,
  });
  return result.rows;
}
