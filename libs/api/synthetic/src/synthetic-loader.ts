import { finished } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import { COPY_TABLES, pointHex } from './copy-rows';
import { loadSyntheticGeography, type SyntheticGeography } from './geography';
import { syntheticRecord } from './synthetic-records';
import { syntheticPlan, type SyntheticPlan } from './synthetic-plan';

/** The tables the loader fills (and empties with `replace`). */
export const SYNTHETIC_TABLES = COPY_TABLES.map((t) => t.table);

export interface SyntheticLoadOptions {
  readonly scale: number;
  readonly seed: number;
  /** Empty the tables first (and everything that references organisations). */
  readonly replace: boolean;
  readonly geoDataDir: string;
  /** Organisations generated and copied per round trip; memory grows with it. */
  readonly batchSize?: number;
  /** "Now" of the generated timestamps; defaults to the start of the load. */
  readonly referenceTime?: Date;
  readonly log?: (message: string) => void;
}

export interface SyntheticLoadPhase {
  readonly name: string;
  readonly ms: number;
}

export interface SyntheticLoadResult {
  readonly plan: SyntheticPlan;
  readonly rows: Readonly<Record<string, number>>;
  readonly phases: readonly SyntheticLoadPhase[];
  readonly totalMs: number;
  /** pg_database_size after the load. */
  readonly databaseBytes: number;
  /** pg_total_relation_size per loaded table (data and indexes). */
  readonly tableBytes: Readonly<Record<string, number>>;
}

export class SyntheticLoadRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyntheticLoadRefused';
  }
}

interface ConstraintDefinition {
  name: string;
  table: string;
  type: 'p' | 'u' | 'f';
  definition: string;
}

interface IndexDefinition {
  name: string;
  definition: string;
}

/**
 * The keys and indexes that slow a bulk load down: primary keys, unique constraints and
 * secondary indexes of the loaded tables, and every foreign key from or to them (a primary
 * key cannot go while a foreign key leans on it). Their definitions come from the catalog,
 * so recreating them restores exactly what the migrations made. CHECK and NOT NULL stay:
 * they are cheap per row and keep the data honest.
 */
async function slowingDefinitions(
  client: PoolClient,
  tables: readonly string[],
): Promise<{ constraints: ConstraintDefinition[]; indexes: IndexDefinition[] }> {
  const constraints = (
    await client.query<ConstraintDefinition>(
      `SELECT c.conname AS name, c.conrelid::regclass::text AS table, c.contype AS type,
              pg_get_constraintdef(c.oid) AS definition
         FROM pg_constraint c
        WHERE c.contype IN ('p', 'u', 'f')
          AND (c.conrelid = ANY($1::regclass[]) OR c.confrelid = ANY($1::regclass[]))
        ORDER BY c.contype DESC, c.conname`,
      [tables],
    )
  ).rows;
  const indexes = (
    await client.query<IndexDefinition>(
      `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
         FROM pg_index i
        WHERE i.indrelid = ANY($1::regclass[])
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                           WHERE c.conrelid = i.indrelid AND c.conindid = i.indexrelid
                             AND c.contype IN ('p', 'u', 'x'))
        ORDER BY 1`,
      [tables],
    )
  ).rows;
  return { constraints, indexes };
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** Generates a batch of records and their COPY text, yielding to the event loop as it goes. */
async function batchText(
  plan: SyntheticPlan,
  from: number,
  to: number,
): Promise<{ texts: string[]; counts: number[] }> {
  const parts = COPY_TABLES.map(() => [] as string[]);
  const counts = COPY_TABLES.map(() => 0);
  for (let ordinal = from; ordinal < to; ordinal++) {
    // Let the previous batch's COPY flush while this one is generated (2 cores: the
    // database parses on one while Node generates on the other).
    if ((ordinal - from) % 500 === 499) await new Promise((resolve) => setImmediate(resolve));
    const record = syntheticRecord(plan, ordinal);
    const location = pointHex(record.organisation.lng, record.organisation.lat);
    COPY_TABLES.forEach((table, i) => {
      const text = table.rows(record, location);
      if (text.length > 0) {
        parts[i]?.push(text);
        counts[i] = (counts[i] ?? 0) + (text.match(/\n/g)?.length ?? 0);
      }
    });
  }
  return { texts: parts.map((p) => p.join('')), counts };
}

async function copyBatch(client: PoolClient, texts: readonly string[], freeze: boolean) {
  for (const [i, table] of COPY_TABLES.entries()) {
    const text = texts[i] ?? '';
    if (text.length === 0) continue;
    const stream = client.query(
      copyFrom(
        `COPY ${table.table} (${table.columns.join(', ')}) FROM STDIN${freeze ? ' (FREEZE)' : ''}`,
      ),
    );
    stream.end(text);
    await finished(stream);
  }
}

/**
 * Loads synthetic national data with COPY into empty tables, in one transaction: captures
 * the keys and indexes of the loaded tables, drops them, streams the generated rows in
 * batches (bounded memory), recreates keys and indexes from the captured definitions, and
 * commits; then ANALYZE. A failure rolls everything back, schema included.
 */
export async function loadSyntheticData(
  dataSource: DataSource,
  options: SyntheticLoadOptions,
): Promise<SyntheticLoadResult> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const phases: SyntheticLoadPhase[] = [];
  let mark = started;
  const phase = (name: string) => {
    const now = performance.now();
    phases.push({ name, ms: Math.round(now - mark) });
    log(`${name}: ${((now - mark) / 1000).toFixed(1)} s`);
    mark = now;
  };

  const geography: SyntheticGeography = await loadSyntheticGeography(options.geoDataDir);
  const plan = syntheticPlan(geography, {
    scale: options.scale,
    seed: options.seed,
    referenceTime: options.referenceTime ?? new Date(),
  });
  log(
    `Plan: ${plan.totals.zo} ZO, ${plan.totals.kmu} KMU, ${plan.totals.intermediaries} ` +
      `intermediaries in ${plan.allocations.length} districts (scale ${options.scale}, seed ${options.seed})`,
  );
  phase('prepare geography and plan');

  const queryRunner = dataSource.createQueryRunner();
  const client = (await queryRunner.connect()) as PoolClient;
  const rows: Record<string, number> = Object.fromEntries(SYNTHETIC_TABLES.map((t) => [t, 0]));
  try {
    const districts = new Set(
      (await client.query<{ key: string }>(`SELECT key FROM district`)).rows.map((r) => r.key),
    );
    const missing = geography.districts.filter((d) => !districts.has(d.key));
    if (missing.length > 0) {
      throw new SyntheticLoadRefused(
        `The database lacks ${missing.length} districts of the geodata: run geo:import first`,
      );
    }

    await client.query('BEGIN');
    // Only this transaction: the server's settings stay as they are for everyone else.
    await client.query(`SET LOCAL synchronous_commit = off`);
    await client.query(`SET LOCAL maintenance_work_mem = '1GB'`);
    // The map's read model (libs/api/map) is written once at the end, not per COPY batch.
    const mapReadModel =
      (
        await client.query<{ present: boolean }>(
          `SELECT to_regprocedure('map_point_rebuild()') IS NOT NULL AS present`,
        )
      ).rows[0]?.present ?? false;
    if (mapReadModel) await client.query(`SET LOCAL brueckenschlag.map_sync = 'off'`);
    await client.query(`LOCK TABLE organisation IN ACCESS EXCLUSIVE MODE`);
    const occupied = (
      await client.query<{ table: string; rows: boolean }>(
        SYNTHETIC_TABLES.map(
          (t) => `SELECT '${t}' AS table, EXISTS (SELECT 1 FROM ${t}) AS rows`,
        ).join(' UNION ALL '),
      )
    ).rows.filter((r) => r.rows);
    if (occupied.length > 0 && !options.replace) {
      throw new SyntheticLoadRefused(
        `The tables ${occupied.map((r) => r.table).join(', ')} already hold data: ` +
          `load into an empty database, or pass --replace to empty them first`,
      );
    }
    if (options.replace) {
      // Everything that references organisations goes too (memberships, measures, the
      // audit log, …): their rows would point at organisations that no longer exist.
      const cascade = (
        await client.query<{ table: string }>(
          `WITH RECURSIVE referencing(oid) AS (
             SELECT unnest($1::regclass[])::oid
             UNION
             SELECT c.conrelid FROM pg_constraint c JOIN referencing r ON c.confrelid = r.oid
              WHERE c.contype = 'f')
           SELECT oid::regclass::text AS table FROM referencing ORDER BY 1`,
          [SYNTHETIC_TABLES],
        )
      ).rows.map((r) => r.table);
      log(`Emptying ${cascade.join(', ')}`);
      await client.query(`TRUNCATE ${cascade.map(quote).join(', ')} RESTART IDENTITY`);
    }
    const { constraints, indexes } = await slowingDefinitions(client, SYNTHETIC_TABLES);
    for (const c of [...constraints].sort((a, b) =>
      a.type === 'f' ? -1 : b.type === 'f' ? 1 : 0,
    )) {
      await client.query(`ALTER TABLE ${c.table} DROP CONSTRAINT ${quote(c.name)}`);
    }
    for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
    // Emptied in this transaction, the tables take COPY FREEZE: rows arrive frozen and
    // all-visible, so no vacuum has to rewrite 4 million pages afterwards.
    await client.query(`TRUNCATE ${SYNTHETIC_TABLES.map(quote).join(', ')} RESTART IDENTITY`);
    log(`Dropped ${constraints.length} keys and ${indexes.length} indexes for the load`);
    phase('drop keys and indexes');

    const batchSize = options.batchSize ?? 10_000;
    let copying: Promise<void> = Promise.resolve();
    let reported = 0;
    for (let from = 0; from < plan.size; from += batchSize) {
      const to = Math.min(plan.size, from + batchSize);
      const batch = await batchText(plan, from, to);
      await copying;
      batch.counts.forEach((n, i) => {
        const table = SYNTHETIC_TABLES[i];
        if (table) rows[table] = (rows[table] ?? 0) + n;
      });
      copying = copyBatch(client, batch.texts, true);
      // Handled when awaited with the next batch; a failure meanwhile must not crash Node.
      copying.catch(() => undefined);
      if (to - reported >= plan.size / 20 || to === plan.size) {
        reported = to;
        const seconds = (performance.now() - mark) / 1000;
        log(
          `Generated ${to.toLocaleString('en')} of ${plan.size.toLocaleString('en')} organisations ` +
            `(${Math.round(to / seconds).toLocaleString('en')}/s)`,
        );
      }
    }
    await copying;
    phase('generate and copy');

    for (const c of constraints.filter((c) => c.type !== 'f')) {
      await client.query(`ALTER TABLE ${c.table} ADD CONSTRAINT ${quote(c.name)} ${c.definition}`);
    }
    phase('primary keys and unique constraints');
    for (const index of indexes) {
      const begun = performance.now();
      await client.query(index.definition);
      log(`  ${index.name}: ${((performance.now() - begun) / 1000).toFixed(1)} s`);
    }
    phase('secondary indexes');
    // The match list walks the topic index nearest-first per topic key: with the rows of one
    // key and place on neighbouring pages, a ranking took 10–12 % less database CPU than with
    // the rows in load order (docs/benchmarks.md, matching run E). See docs/matching.md for
    // re-clustering a live system.
    const clusterIndex = await client.query<{ present: boolean }>(
      `SELECT to_regclass('match_topic_key_pos_gist') IS NOT NULL AS present`,
    );
    if (clusterIndex.rows[0]?.present) {
      await client.query(`CLUSTER match_topic USING match_topic_key_pos_gist`);
      phase('cluster match_topic by topic key and place');
    }
    for (const c of constraints.filter((c) => c.type === 'f')) {
      await client.query(`ALTER TABLE ${c.table} ADD CONSTRAINT ${quote(c.name)} ${c.definition}`);
    }
    phase('foreign keys');
    if (mapReadModel) {
      await client.query(`SELECT map_point_rebuild()`);
      phase('map read model');
    }
    await client.query('COMMIT');
    phase('commit');

    for (const table of SYNTHETIC_TABLES) await client.query(`ANALYZE ${table}`);
    if (mapReadModel) {
      // The map's read model, rewritten: statistics, and for the word index the visibility
      // map, so that text filters read it without touching the table (index-only scans).
      for (const table of ['map_point', 'map_text']) await client.query(`ANALYZE ${table}`);
      const words = await client.query<{ present: boolean }>(
        `SELECT to_regclass('map_word') IS NOT NULL AS present`,
      );
      if (words.rows[0]?.present) await client.query(`VACUUM (ANALYZE) map_word`);
    }
    phase('analyze');

    const sizes = await client.query<{ table: string; bytes: string }>(
      `SELECT t AS table, pg_total_relation_size(t::regclass)::text AS bytes
         FROM unnest($1::text[]) AS t`,
      [SYNTHETIC_TABLES],
    );
    const [database] = (
      await client.query<{ bytes: string }>(
        `SELECT pg_database_size(current_database())::text AS bytes`,
      )
    ).rows;
    return {
      plan,
      rows,
      phases,
      totalMs: Math.round(performance.now() - started),
      databaseBytes: Number(database?.bytes ?? 0),
      tableBytes: Object.fromEntries(sizes.rows.map((r) => [r.table, Number(r.bytes)])),
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await queryRunner.release();
  }
}

/** A short report of a load for the CLI and docs/benchmarks.md. */
export function describeSyntheticLoad(result: SyntheticLoadResult): string {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const lines = [
    `Loaded ${result.plan.size.toLocaleString('en')} organisations in ${(result.totalMs / 1000).toFixed(1)} s`,
    ...result.phases.map((p) => `  ${p.name.padEnd(38)} ${(p.ms / 1000).toFixed(1).padStart(8)} s`),
    'Rows:',
    ...Object.entries(result.rows).map(
      ([table, n]) =>
        `  ${table.padEnd(24)} ${n.toLocaleString('en').padStart(12)}  ${mb(result.tableBytes[table] ?? 0).padStart(9)}`,
    ),
    `Database size: ${mb(result.databaseBytes)}`,
  ];
  return lines.join('\n');
}
