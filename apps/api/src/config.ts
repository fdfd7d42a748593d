import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const integer = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `must be a whole number between ${min} and ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

/** `<requests>/<seconds>`, e.g. `5/60`: at most 5 requests in 60 seconds. */
const rateLimit = z
  .string()
  .trim()
  .regex(/^[1-9]\d{0,5}\/[1-9]\d{0,6}$/, 'must be <requests>/<seconds>, e.g. 5/60')
  .transform((v) => {
    const [limit, seconds] = v.split('/').map(Number) as [number, number];
    return { limit, ttlSeconds: seconds };
  });

const httpUrl = z.url({ protocol: /^https?$/, message: 'must be an http:// or https:// URL' });

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], {
      message: 'must be development, production or test',
    })
    .default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: integer(1, 65535).default(3000),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, message: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  DB_POOL_SIZE: integer(1, 100).optional(),
  DB_PREPARED_STATEMENTS: boolean.optional(),
  DB_CONNECT_TIMEOUT_SECONDS: integer(1, 3600).default(120),
  GEO_DATA_DIR: z.string().min(1).default('../shared/data/geo'),
  WEB_DIST_DIR: z.string().min(1).default('dist/apps/web'),
  SEED_DEMO: boolean.default(true),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
    .default('info'),
  TILE_URL: z
    .string()
    .refine((v) => v === '' || /^https?:\/\/.+\{z\}.*\{x\}.*\{y\}/.test(v), {
      message: 'must be empty or an http(s) URL template with {z}, {x} and {y}',
    })
    .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  TILE_ATTRIBUTION: z.string().default('© OpenStreetMap contributors'),
  PUBLIC_URL: httpUrl.optional(),
  TRUSTED_ORIGINS: z
    .string()
    .refine(
      (v) => v.split(',').every((o) => /^https?:\/\/[^/\s]+$/.test(o.trim())),
      'must be a comma-separated list of http(s) origins without paths',
    )
    .optional(),
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, message: 'must be an smtp:// or smtps:// URL' })
    .optional(),
  MAIL_FROM: z
    .string()
    .regex(/^[^<>@\s]+@[^<>@\s]+$|^[^<>]*<[^<>@\s]+@[^<>@\s]+>$/, {
      message: 'must be an e-mail address, optionally as "Name <address>"',
    })
    .default('Brückenschlag <no-reply@brueckenschlag.local>'),
  TRUST_PROXY: integer(0, 10).default(0),
  // Unset: the matching library's default (DEFAULT_PER_TOPIC_LIMIT, what the benchmark measures).
  MATCH_CANDIDATES_PER_TOPIC: integer(10, 5000).optional(),
  RATE_LIMIT_LOG_IN: rateLimit.default({ limit: 5, ttlSeconds: 60 }),
  RATE_LIMIT_SIGN_UP: rateLimit.default({ limit: 10, ttlSeconds: 3600 }),
  RATE_LIMIT_PASSWORD_RESET: rateLimit.default({ limit: 5, ttlSeconds: 3600 }),
});

export interface RateLimit {
  limit: number;
  ttlSeconds: number;
}

export interface AppConfig {
  production: boolean;
  host: string;
  port: number;
  /** Connection URL of a PostgreSQL + PostGIS server; undefined means the embedded database. */
  databaseUrl?: string;
  dataDir: string;
  poolSize: number;
  /**
   * Run hot statements (ranking, partner summaries) as named prepared statements. Only for a
   * real PostgreSQL server: behind pglite-socket every connection shares the one PGlite
   * session, so a reconnected client prepares a name that already exists there.
   */
  preparedStatements: boolean;
  connectTimeoutMs: number;
  geoDataDir: string;
  webDistDir: string;
  seedDemo: boolean;
  logLevel: (typeof LOG_LEVELS)[number];
  tileUrl: string;
  tileAttribution: string;
  /** Where people reach the web app; links in mails point here. No trailing slash. */
  publicUrl: string;
  /** Further origins (besides the API's own and PUBLIC_URL's) allowed to send mutations. */
  trustedOrigins: string[];
  /** SMTP server for outgoing mail; undefined: mails are only logged. */
  smtpUrl?: string;
  mailFrom: string;
  rateLimits: { logIn: RateLimit; signUp: RateLimit; passwordReset: RateLimit };
  /** Reverse proxies in front of the API whose X-Forwarded-For is trusted (client IPs). */
  trustProxy: number;
  /** Nearest partners considered per topic and direction when matching (docs/matching.md). */
  matchCandidatesPerTopic: number | undefined;
}

/** The web app's Vite dev and preview servers, which proxy /graphql to the API. */
const DEVELOPMENT_ORIGINS = ['http://localhost:4200', 'http://localhost:4300'];

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the environment. Every bad value is reported with its variable name;
 * relative paths are resolved against `cwd`.
 */
export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): AppConfig {
  // An empty variable counts as unset, except TILE_URL where '' means "no tile server".
  const present = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => value !== '' || key === 'TILE_URL'),
  );
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const value = env[name];
        const secret = name === 'DATABASE_URL' || name === 'SMTP_URL';
        const shown = secret || value === undefined ? '' : ` (got "${value}")`;
        return `${name}: ${issue.message}${shown}`;
      }),
    );
  }
  const c = parsed.data;
  const path = (p: string) => (isAbsolute(p) ? p : resolve(cwd, p));
  return {
    production: c.NODE_ENV === 'production',
    host: c.HOST,
    port: c.PORT,
    databaseUrl: c.DATABASE_URL,
    dataDir: path(c.DATA_DIR),
    // PGlite is one database session behind pglite-socket, which interleaves the protocol
    // messages of concurrent connections: two connections' unnamed statements and portals
    // overwrite each other and a query can run another's SQL. One connection is correct.
    poolSize: c.DB_POOL_SIZE ?? (c.DATABASE_URL ? 10 : 1),
    preparedStatements: c.DB_PREPARED_STATEMENTS ?? c.DATABASE_URL !== undefined,
    connectTimeoutMs: c.DB_CONNECT_TIMEOUT_SECONDS * 1000,
    geoDataDir: path(c.GEO_DATA_DIR),
    webDistDir: path(c.WEB_DIST_DIR),
    seedDemo: c.SEED_DEMO,
    logLevel: c.LOG_LEVEL,
    tileUrl: c.TILE_URL,
    tileAttribution: c.TILE_ATTRIBUTION,
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, ''),
    trustedOrigins:
      c.TRUSTED_ORIGINS !== undefined
        ? c.TRUSTED_ORIGINS.split(',').map((o) => o.trim())
        : c.NODE_ENV === 'production'
          ? []
          : DEVELOPMENT_ORIGINS,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    rateLimits: {
      logIn: c.RATE_LIMIT_LOG_IN,
      signUp: c.RATE_LIMIT_SIGN_UP,
      passwordReset: c.RATE_LIMIT_PASSWORD_RESET,
    },
    trustProxy: c.TRUST_PROXY,
    matchCandidatesPerTopic: c.MATCH_CANDIDATES_PER_TOPIC,
  };
}
