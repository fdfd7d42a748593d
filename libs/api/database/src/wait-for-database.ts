import { Client } from 'pg';
import { redactDatabaseUrl } from './database-url';

export interface WaitForDatabaseOptions {
  url: string;
  /** Give up after this many milliseconds in total. */
  timeoutMs: number;
  /** First delay between attempts; doubles up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  log: (entry: { msg: string; attempt: number; delayMs?: number; error?: string }) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export class DatabaseUnreachableError extends Error {
  constructor(url: string, attempts: number, cause: unknown) {
    super(
      `Database at ${redactDatabaseUrl(url)} not reachable after ${attempts} attempts: ${errorText(cause)}`,
      { cause },
    );
    this.name = 'DatabaseUnreachableError';
  }
}

function errorText(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return errorText(error.errors[0]);
  if (error instanceof Error) {
    const code = (error as Error & { code?: string }).code;
    return code ? `${code} ${error.message}`.trim() : error.message;
  }
  return String(error);
}

/**
 * Waits until the database answers `SELECT 1`, retrying with exponential backoff and one clear
 * log line per failed attempt. Throws DatabaseUnreachableError when the timeout is exhausted.
 */
export async function waitForDatabase(options: WaitForDatabaseOptions): Promise<void> {
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const now = options.now ?? Date.now;
  const maxDelay = options.maxDelayMs ?? 10_000;
  const started = now();
  let delay = options.initialDelayMs ?? 250;
  for (let attempt = 1; ; attempt++) {
    const client = new Client({ connectionString: options.url, connectionTimeoutMillis: 5_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      if (attempt > 1) options.log({ msg: 'Database reachable', attempt });
      return;
    } catch (error) {
      const elapsed = now() - started;
      if (elapsed + delay > options.timeoutMs) {
        throw new DatabaseUnreachableError(options.url, attempt, error);
      }
      options.log({
        msg: `Database at ${redactDatabaseUrl(options.url)} not reachable; retrying`,
        attempt,
        delayMs: delay,
        error: errorText(error),
      });
      await sleep(delay);
      delay = Math.min(delay * 2, maxDelay);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}
