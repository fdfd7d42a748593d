import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  DEFAULT_PER_TOPIC_LIMIT,
  MatchRepository,
  rankingQuery,
  type RankingRequest,
  type Searcher,
} from '@bs/api/matching';
import { PREPARED_SESSION_OPTIONS, preparedStatementName } from '@bs/api/database';
import {
  availableOffers,
  counterpartKeys,
  matchFiltersOf,
  MATCH_PAGE,
  mulberry32,
  TOPICS,
  type MatchSide,
} from '@bs/domain';
import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { runCli, startApi, workspaceRoot, type ApiProcess } from '../support/api-process';
import { generateBenchData } from './match-bench-data';

/**
 * The matching benchmark (not a timed unit test): `npm run bench:matching`.
 *
 * Against DATABASE_URL (default: the `bs_bench` database with the full synthetic national
 * data), it picks searchers near dense and rural places and searchers of the rarest topics,
 * then measures the ranking statement as raw SQL and the `matches` GraphQL query on the built
 * API, each with 8 concurrent clients; prints p50/p95/p99, the GraphQL/SQL ratio, the API's
 * peak memory, and asserts that every plan uses the indexes (no Seq Scan on organisation or
 * match tables). BENCH_GENERATE=N first fills an empty database with N stand-in organisations.
 */
const DATABASE_URL = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/bs_bench';
const CLIENTS = 8;
/**
 * Connections of the raw-SQL pool and of the API's pools (DB_POOL_SIZE): by default one per
 * core of this machine, where the database runs. With more connections than cores, PostgreSQL's
 * backends share the cores and a heavy ranking takes several times its CPU time; with one per
 * core, statements wait their turn in the pool and then run at full speed (docs/benchmarks.md,
 * matching run E, compares 2, 3, 4 and 8).
 */
const POOL_SIZE = Number(process.env['BENCH_POOL_SIZE'] ?? availableParallelism());
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 6);
const PER_TOPIC = Number(process.env['BENCH_PER_TOPIC'] ?? DEFAULT_PER_TOPIC_LIMIT);
const TARGETS = { sqlP95: 20, sparseP95: 100, ratio: 1.3, rssMb: 512 };
/** Exclusions ("not interested", ended cooperations) the benchmark makes sure exist. */
const EXCLUSIONS = 40_000;

type Places = Record<'dense' | 'rural', Record<string, readonly [number, number]>>;

const PLACES: Places = {
  dense: {
    Berlin: [52.52, 13.405],
    Hamburg: [53.551, 9.994],
    München: [48.137, 11.575],
    Köln: [50.938, 6.96],
    'Frankfurt am Main': [50.11, 8.682],
  },
  rural: {
    Prenzlau: [53.316, 13.863],
    Daun: [50.198, 6.83],
    Freyung: [48.807, 13.547],
    'Lüchow (Wendland)': [52.967, 11.152],
  },
};

interface Scenario {
  label: string;
  group: 'dense' | 'rural' | 'sparse';
  searcher: Searcher & { side: MatchSide; location: { lat: number; lng: number } };
  topics: string[] | null;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}
const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;

/** CPU time used so far, in ms: of the whole machine (every core) and of one process. */
function cpuMs(pid?: number): {
  machine: number;
  process: number;
  processKernel: number;
  client: number;
} {
  const tick = 10; // USER_HZ = 100 on Linux
  const [, ...fields] = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
    .trim()
    .split(/\s+/);
  // user, nice, system, (idle, iowait,) irq, softirq, steal
  const busy = [0, 1, 2, 5, 6, 7].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
  let own = 0;
  let kernel = 0;
  if (pid !== undefined) {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    own = Number(after[11]) + Number(after[12]); // utime, stime
    kernel = Number(after[12]);
  }
  const { user, system } = process.cpuUsage();
  return {
    machine: busy * tick,
    process: own * tick,
    processKernel: kernel * tick,
    client: (user + system) / 1000,
  };
}

/** Runs `task` for every job with `clients` concurrent workers; returns each job's latency. */
async function concurrently<T>(
  jobs: T[],
  clients: number,
  task: (job: T, worker: number) => Promise<void>,
) {
  const latencies: { job: T; ms: number }[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, worker) => {
      for (;;) {
        const job = jobs[next++];
        if (job === undefined) return;
        const start = performance.now();
        await task(job, worker);
        latencies.push({ job, ms: performance.now() - start });
      }
    }),
  );
  return latencies;
}

function request(scenario: Scenario): RankingRequest {
  const side = scenario.searcher.side;
  const filters = matchFiltersOf({ topics: scenario.topics });
  return {
    searcher: side,
    searcherOffers: availableOffers(side),
    location: scenario.searcher.location,
    radiusKm: side.radiusKm,
    onlyVerified: false,
    startWithinDays: null,
    minGroupSize: null,
    filters,
    keys: counterpartKeys(side, filters.topics),
    perTopicLimit: PER_TOPIC,
    limit: MATCH_PAGE.default,
    offset: 0,
    viewer: null,
  };
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}
const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];
const GUARDED = ['organisation', 'match_profile', 'match_topic', 'match_exclusion', 'profile'];

/**
 * POSTs JSON over kept-alive connections with plain `node:http`: the load generator runs on the
 * same 2 cores as the API and the database, so its own CPU per call (printed below) counts
 * against the API's latency; `fetch` adds WHATWG streams and Headers objects to every call.
 */
function jsonPoster(baseUrl: string, connections: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const { hostname, port } = new URL(baseUrl);
  return {
    post: (path: string, body: unknown, headers: Record<string, string> = {}) =>
      new Promise<unknown>((resolveBody, reject) => {
        const payload = JSON.stringify(body);
        const req = httpRequest(
          {
            agent,
            hostname,
            port,
            path,
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(payload),
              ...headers,
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => {
              try {
                resolveBody(JSON.parse(Buffer.concat(chunks).toString('utf8')));
              } catch (error) {
                reject(error instanceof Error ? error : new Error(String(error)));
              }
            });
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(payload);
      }),
    close: () => agent.destroy(),
  };
}

const MATCHES = `query Bench($id: ID!, $topics: [String!]) {
  matches(organisationId: $id, topics: $topics, first: 20) {
    totalCount complete
    items {
      partner { id name city location { lat lng } }
      distanceKm score signals
      factors { topics { fit contribution } themes { contribution } distance { km contribution }
                readiness { partner contribution } }
      youSeekTheyOffer { codes count hiddenCount }
      theySeekYouOffer { codes count hiddenCount }
      sharedThemes { codes count }
    }
  }
}`;

describe('matching benchmark', () => {
  it('measures the match query at scale', async () => {
    const report: string[] = [];
    const log = (line = '') => void report.push(line);
    // The session settings of the API's prepared statements: plans are those the API runs.
    const admin = new Client({ connectionString: DATABASE_URL, options: PREPARED_SESSION_OPTIONS });
    await admin.connect();
    const generate = Number(process.env['BENCH_GENERATE'] ?? 0);
    if (generate > 0) {
      const migrated = await runCli(['migration:run'], { DATABASE_URL, DB_POOL_SIZE: '2' });
      expect(migrated.code, migrated.output).toBe(0);
      await generateBenchData(
        admin,
        generate,
        resolve(workspaceRoot, '../shared/data/geo/postcodes-de-geonames.csv'),
        (line) => console.log(line),
      );
    }
    // Users say "not interested" and end cooperations: give the exclusion checks a realistic
    // table (pairs of random ZOs and KMU), so the plans are those of a live system. Idempotent.
    const [{ n: excluded = 0 } = {}] = (
      await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM match_exclusion`)
    ).rows;
    if (excluded < EXCLUSIONS) {
      await admin.query(
        `INSERT INTO match_exclusion (organisation_id, partner_id, reason)
         SELECT z.id, k.id, CASE WHEN z.n % 10 = 0 THEN 'ENDED' ELSE 'NOT_INTERESTED' END::match_exclusion_reason
           FROM (SELECT organisation_id AS id, row_number() OVER () AS n
                   FROM match_profile TABLESAMPLE SYSTEM (5) WHERE kind = 'ZO' LIMIT $1) z
           JOIN (SELECT organisation_id AS id, row_number() OVER () AS n
                   FROM match_profile TABLESAMPLE SYSTEM (5) WHERE kind = 'KMU' LIMIT $1) k USING (n)
         ON CONFLICT DO NOTHING`,
        [EXCLUSIONS - excluded],
      );
      await admin.query(`ANALYZE match_exclusion`);
    }
    const counts = (
      await admin.query<{ kind: string; n: number }>(
        `SELECT kind, count(*)::int AS n FROM match_profile GROUP BY 1 ORDER BY 1`,
      )
    ).rows;
    const organisations = (
      await admin.query<{ n: number }>(
        `SELECT reltuples::bigint AS n FROM pg_class WHERE relname = 'organisation'`,
      )
    ).rows[0]?.n;
    const load = () =>
      loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ');
    log(`\nMatching benchmark on ${DATABASE_URL.replace(/\/\/[^@]*@/, '//')}`);
    log(`${new Date().toISOString()}; load average (1/5/15 min) at start: ${load()}`);
    log(
      `candidates per topic: ${PER_TOPIC}; rounds: ${ROUNDS}; pool size (SQL and API): ${POOL_SIZE}; order: ${process.env['BENCH_ORDER'] === 'grouped' ? 'grouped by scenario' : 'shuffled (seed 42)'}`,
    );
    log(
      `organisations ≈ ${organisations}; match profiles: ${counts.map((c) => `${c.kind} ${c.n}`).join(', ')}`,
    );

    // Searchers: the nearest ZO and KMU to each place; for sparse topics, the organisations
    // nearest to each place that work with one of the three rarest topic keys.
    const dataSource = new DataSource({ type: 'postgres', url: DATABASE_URL });
    await dataSource.initialize();
    const repository = new MatchRepository(dataSource);
    const near = async (lat: number, lng: number, sql: string, params: unknown[]) =>
      (
        await admin.query<{ id: string }>(
          `${sql} ORDER BY location <-> ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography LIMIT 1`,
          [lng, lat, ...params],
        )
      ).rows[0]?.id;
    const sampled = (
      await admin.query<{ key: number; n: number }>(
        `SELECT key, count(*)::int AS n FROM match_topic TABLESAMPLE SYSTEM (2) GROUP BY key ORDER BY n ASC`,
      )
    ).rows;
    const rare = sampled.slice(0, 3).map((r) => r.key);
    const ids: { label: string; group: Scenario['group']; id: string; topics: string[] | null }[] =
      [];
    for (const group of ['dense', 'rural'] as const) {
      for (const [place, [lat, lng]] of Object.entries(PLACES[group])) {
        for (const kind of ['ZO', 'KMU']) {
          const id = await near(
            lat,
            lng,
            `SELECT organisation_id AS id FROM match_profile WHERE kind = $3`,
            [kind],
          );
          if (id) ids.push({ label: `${place} ${kind}`, group, id, topics: null });
        }
      }
    }
    for (const key of rare) {
      const code = TOPICS[Math.floor(key / 4)]?.code ?? '';
      for (const [place, [lat, lng]] of [
        ...Object.entries(PLACES.dense).slice(0, 2),
        ...Object.entries(PLACES.rural).slice(0, 2),
      ]) {
        const id = await near(
          lat,
          lng,
          `SELECT organisation_id AS id FROM match_topic WHERE key = $3`,
          [key],
        );
        if (id) ids.push({ label: `${place} rare ${code}`, group: 'sparse', id, topics: [code] });
      }
    }
    const searchers = await repository.searchers(ids.map((s) => s.id));
    const scenarios: Scenario[] = ids.flatMap((s) => {
      const searcher = searchers.get(s.id);
      if (!searcher?.side || !searcher.location) return [];
      return [
        {
          label: s.label,
          group: s.group,
          topics: s.topics,
          searcher: searcher as Scenario['searcher'],
        },
      ];
    });
    expect(scenarios.length).toBeGreaterThan(10);

    // Plans: every scenario's statement uses the indexes, never a sequential scan; checked on
    // the generic plan of the prepared statement, which is what the API runs.
    // EXECUTE takes no bind parameters: literals, typed by the prepared statement.
    const literal = (v: string | number | boolean | (string | number)[] | null): string =>
      v === null
        ? 'NULL'
        : admin.escapeLiteral(Array.isArray(v) ? `{${v.map(String).join(',')}}` : String(v));
    log('\nPlans (generic, as prepared by the API)');
    for (const scenario of scenarios) {
      const { sql, params } = rankingQuery(request(scenario));
      const args = (params as Parameters<typeof literal>[0][]).map(literal).join(', ');
      await admin.query(`PREPARE bench_plan AS ${sql}`);
      const [row] = (
        await admin.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
          `EXPLAIN (FORMAT JSON) EXECUTE bench_plan(${args})`,
        )
      ).rows;
      await admin.query(`DEALLOCATE bench_plan`);
      const all = nodes(row?.['QUERY PLAN'][0].Plan);
      const seq = all.filter(
        (n) => n['Node Type'] === 'Seq Scan' && GUARDED.includes(n['Relation Name'] ?? ''),
      );
      const indexes = [...new Set(all.map((n) => n['Index Name']).filter(Boolean))];
      log(
        `  ${scenario.label.padEnd(34)} ${seq.length === 0 ? 'no Seq Scan' : 'SEQ SCAN'}; indexes: ${indexes.join(', ')}`,
      );
      if (process.env['BENCH_EXPLAIN'] === scenario.label) {
        // BENCH_EXPLAIN="<scenario label>": where the time of one statement goes.
        await admin.query(`PREPARE bench_explain AS ${sql}`);
        // Warm (the first call in a session also sets up PostGIS's projections), then explain.
        for (let i = 0; i < 3; i++) await admin.query(`EXECUTE bench_explain(${args})`);
        const analysed = await admin.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN (ANALYZE, BUFFERS) EXECUTE bench_explain(${args})`,
        );
        for (const line of analysed.rows) log(`    ${line['QUERY PLAN']}`);
        // Generic plans (as the API runs them) against custom ones, planned per call.
        for (const mode of ['force_generic_plan', 'force_custom_plan']) {
          await admin.query(`SET plan_cache_mode = ${mode}`);
          for (let i = 1; i <= 4; i++) {
            const run = await admin.query<{ 'QUERY PLAN': string }>(
              `EXPLAIN (ANALYZE) EXECUTE bench_explain(${args})`,
            );
            const times = run.rows.map((r) => r['QUERY PLAN']).filter((l) => /Time:/.test(l));
            log(`    ${mode}, call ${i}: ${times.join('; ')}`);
          }
        }
        await admin.query(`RESET plan_cache_mode`);
        await admin.query(`DEALLOCATE bench_explain`);
      }
      expect(seq.map((n) => n['Relation Name'])).toEqual([]);
      expect(indexes).toContain('match_topic_key_pos_gist');
      expect(indexes).toContain('match_profile_pkey');
    }

    // Raw SQL, 8 clients.
    const pool = new Pool({
      connectionString: DATABASE_URL,
      max: POOL_SIZE,
      options: PREPARED_SESSION_OPTIONS,
    });
    const statements = new Map(scenarios.map((s) => [s, rankingQuery(request(s))]));
    // Every scenario ROUNDS times, in a seeded random order: the 8 clients run a mix of dense,
    // rural and sparse searches at any moment, as users would (BENCH_ORDER=grouped keeps each
    // round in scenario order, as runs before 2026-11-30 (run D) did).
    const jobs = Array.from({ length: ROUNDS }, () => scenarios).flat();
    if (process.env['BENCH_ORDER'] !== 'grouped') {
      const random = mulberry32(42);
      for (let i = jobs.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [jobs[i], jobs[j]] = [jobs[j], jobs[i]];
      }
    }
    // The load generator keeps each row as the strings PostgreSQL sent (no type parsing, no row
    // objects): it runs on the same cores as the statements it measures.
    const unparsed = { getTypeParser: () => (value: string) => value };
    const runRaw = async (s: Scenario) => {
      const q = statements.get(s);
      if (!q) return;
      await pool.query({
        name: preparedStatementName(q.sql),
        text: q.sql,
        values: q.params,
        rowMode: 'array',
        types: unparsed,
      });
    };
    await concurrently(scenarios, CLIENTS, runRaw);
    const sqlCpuStart = cpuMs();
    const sqlRuns = await concurrently(jobs, CLIENTS, runRaw);
    const sqlCpuEnd = cpuMs();
    const sqlCpu = (sqlCpuEnd.machine - sqlCpuStart.machine) / jobs.length;
    const sqlClientCpu = (sqlCpuEnd.client - sqlCpuStart.client) / jobs.length;
    // The same statements one at a time: the cost of one query without queueing.
    const sequentialRuns = await concurrently(jobs, 1, runRaw);
    await pool.end();
    // Report as we go: the SQL figures stand on their own.
    const table = (title: string, runs: { job: Scenario; ms: number }[], clients = CLIENTS) => {
      log(
        `\n${title} (${clients} concurrent client${clients === 1 ? '' : 's'}${clients === 1 ? '' : `, ${POOL_SIZE} connections`})`,
      );
      log(`  ${'scenario'.padEnd(10)} ${'n'.padStart(5)}      p50        p95        p99`);
      const result: Record<string, ReturnType<typeof stats>> = {};
      for (const group of ['dense', 'rural', 'sparse', 'all'] as const) {
        const samples = runs
          .filter((r) => group === 'all' || r.job.group === group)
          .map((r) => r.ms);
        const s = stats(samples);
        result[group] = s;
        log(
          `  ${group.padEnd(10)} ${String(s.n).padStart(5)} ${ms(s.p50)} ${ms(s.p95)} ${ms(s.p99)}`,
        );
      }
      return result;
    };
    table('Raw SQL, one client at a time (for reference)', sequentialRuns, 1);
    const sql = table('Raw SQL (ranking statement)', sqlRuns);

    // GraphQL on the built API, 8 clients, as an administrator (may read every organisation's matches).
    const token = randomBytes(32).toString('base64url');
    const email = `bench-${randomBytes(4).toString('hex')}@bench.example`;
    const [user] = (
      await admin.query<{ id: string }>(
        `INSERT INTO app_user (email, password_hash, display_name, email_verified_at, platform_role)
         VALUES ($1, 'x', 'Benchmark', now(), 'ADMIN') RETURNING id`,
        [email],
      )
    ).rows;
    await admin.query(
      `INSERT INTO user_session (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour')`,
      [user?.id, createHash('sha256').update(token).digest('hex')],
    );
    let api: ApiProcess | undefined;
    let peakRssKb = 0;
    let sampler: NodeJS.Timeout | undefined;
    let client: ReturnType<typeof jsonPoster> | undefined;
    try {
      api = await startApi(
        {
          DATABASE_URL,
          DB_POOL_SIZE: String(POOL_SIZE),
          SEED_DEMO: 'false',
          LOG_LEVEL: 'warn',
          NODE_ENV: 'production',
          MATCH_CANDIDATES_PER_TOPIC: String(PER_TOPIC),
        },
        300_000,
        // e.g. BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=tmp/prof": where the API's time goes.
        (process.env['BENCH_API_NODE_ARGS'] ?? '').split(' ').filter(Boolean),
      );
      // The API answers while it loads its map index (a few seconds of CPU at full scale):
      // measure the steady state, once the map answers.
      const ready = Date.now();
      for (;;) {
        const response = await fetch(`${api.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: `{ mapFeatures(viewport: { bounds: { south: 47, west: 5.8, north: 55.1, east: 15.1 }, zoom: 6 }) { total } }`,
          }),
        });
        const body = (await response.json()) as { errors?: unknown[] };
        if (!body.errors) break;
        if (Date.now() - ready > 600_000) throw new Error(JSON.stringify(body.errors));
        await new Promise((r) => setTimeout(r, 500));
      }
      const pid = api.child.pid;
      const sample = () => {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
        const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
        peakRssKb = Math.max(peakRssKb, hwm, rss);
      };
      sampler = setInterval(sample, 100);
      client = jsonPoster(api.baseUrl, CLIENTS);
      const { post } = client;
      const call = async (s: Scenario) => {
        const body = (await post(
          '/graphql',
          { query: MATCHES, variables: { id: s.searcher.id, topics: s.topics } },
          { cookie: `bs_session=${token}` },
        )) as { errors?: unknown[]; data?: { matches?: { items?: unknown[] } } };
        if (body.errors || !body.data?.matches?.items) throw new Error(JSON.stringify(body));
      };
      await concurrently(scenarios, CLIENTS, call);
      const apiSequential = await concurrently(jobs, 1, call);
      const apiCpuStart = cpuMs(pid);
      const apiRuns = await concurrently(jobs, CLIENTS, call);
      const apiCpuEnd = cpuMs(pid);
      sample();
      table('GraphQL matches, one client at a time (for reference)', apiSequential, 1);

      const graphql = table(
        'GraphQL matches (HTTP; session; searcher with the viewer relations; ranking with partners)',
        apiRuns,
      );
      const common = (r: typeof sql) =>
        stats(
          [...(r === sql ? sqlRuns : apiRuns)]
            .filter((x) => x.job.group !== 'sparse')
            .map((x) => x.ms),
        ).p95;
      const ratio = (graphql['all']?.p95 ?? NaN) / (sql['all']?.p95 ?? NaN);
      const peakMb = peakRssKb / 1024;
      log(`\nload average at the end: ${load()}`);
      // Where the CPU goes at 8 clients (2 cores: the latency is mostly queueing for them).
      log('\nCPU per call at 8 clients (whole machine: database, API, this benchmark client)');
      const per = (a: number, b: number) => ms((b - a) / jobs.length);
      log(`  raw SQL  ${ms(sqlCpu)}; this client ${ms(sqlClientCpu)}`);
      log(
        `  GraphQL  ${per(apiCpuStart.machine, apiCpuEnd.machine)}; this client ${per(apiCpuStart.client, apiCpuEnd.client)}, the API process ${per(apiCpuStart.process, apiCpuEnd.process)} (in the kernel ${per(apiCpuStart.processKernel, apiCpuEnd.processKernel).trim()})`,
      );
      // The API's own cost per request, one client at a time: any GraphQL call (HTTP, Nest,
      // Apollo), with the session lookup, and the match list without and with its items. The
      // ratio target needs the whole GraphQL path to cost under a third of a ranking.
      const floorCalls = 500;
      log(`\nAPI process CPU per call, one client at a time (${floorCalls} calls each)`);
      const [first] = scenarios;
      const floors: [string, unknown, boolean][] = [
        ['{ __typename }, anonymous', { query: '{ __typename }' }, false],
        ['{ __typename }, signed in', { query: '{ __typename }' }, true],
        [
          'matches { totalCount }',
          {
            query: 'query($id: ID!) { matches(organisationId: $id) { totalCount } }',
            variables: { id: first?.searcher.id },
          },
          true,
        ],
        [
          'matches, the page measured above',
          { query: MATCHES, variables: { id: first?.searcher.id, topics: first?.topics } },
          true,
        ],
      ];
      // Two passes, the second one reported: the first also pays for the garbage and the
      // compilation left over from the 8-client run.
      for (const pass of [1, 2]) {
        for (const [label, body, signedIn] of floors) {
          const headers: Record<string, string> = signedIn ? { cookie: `bs_session=${token}` } : {};
          const before = cpuMs(pid);
          for (let i = 0; i < floorCalls; i++) {
            const answer = (await post('/graphql', body, headers)) as { errors?: unknown[] };
            if (answer.errors) throw new Error(JSON.stringify(answer.errors));
          }
          const after = cpuMs(pid);
          if (pass === 2) {
            log(`  ${label.padEnd(34)} ${ms((after.process - before.process) / floorCalls)}`);
          }
        }
      }

      log('\nTargets');
      const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
      log(
        `  SQL p95 (dense + rural) ${ms(common(sql))}  ≤ ${TARGETS.sqlP95} ms: ${verdict(common(sql) <= TARGETS.sqlP95)}`,
      );
      log(
        `  SQL p95 (sparse topics) ${ms(sql['sparse']?.p95 ?? NaN)}  ≤ ${TARGETS.sparseP95} ms: ${verdict((sql['sparse']?.p95 ?? Infinity) <= TARGETS.sparseP95)}`,
      );
      log(
        `  GraphQL / SQL p95        ${ratio.toFixed(2).padStart(7)}     ≤ ${TARGETS.ratio}: ${verdict(ratio <= TARGETS.ratio)}`,
      );
      log(
        `  API peak RSS             ${peakMb.toFixed(0).padStart(7)} MB  ≤ ${TARGETS.rssMb} MB: ${verdict(peakMb <= TARGETS.rssMb)}`,
      );
      expect(apiRuns).toHaveLength(jobs.length);
    } finally {
      clearInterval(sampler);
      client?.close();
      // One block at the end (Vitest prefixes every console call), and a copy in tmp/.
      console.log(report.join('\n'));
      mkdirSync(resolve(workspaceRoot, 'tmp/bench'), { recursive: true });
      writeFileSync(resolve(workspaceRoot, 'tmp/bench/matching.txt'), `${report.join('\n')}\n`);
      await api?.stop();
      await admin.query(`DELETE FROM app_user WHERE email = $1`, [email]);
      await admin.end();
      await dataSource.destroy();
    }
  }, 3_600_000);
});
