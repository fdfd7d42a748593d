import type { Logger as TypeOrmLogger } from 'typeorm';

interface StructuredLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}

/** Routes TypeORM's messages into the structured (pino) log instead of the console. */
export class TypeOrmStructuredLogger implements TypeOrmLogger {
  constructor(
    private readonly logger: StructuredLogger,
    private readonly logQueries = false,
  ) {}

  logQuery(query: string, parameters?: unknown[]): void {
    if (this.logQueries) this.logger.debug({ query, parameters }, 'query');
  }

  logQueryError(error: string | Error, query: string, parameters?: unknown[]): void {
    this.logger.error(
      { err: error instanceof Error ? error : new Error(error), query, parameters },
      'query failed',
    );
  }

  logQuerySlow(time: number, query: string, parameters?: unknown[]): void {
    this.logger.warn({ durationMs: time, query, parameters }, 'slow query');
  }

  logSchemaBuild(message: string): void {
    this.logger.debug({ component: 'schema' }, message);
  }

  logMigration(message: string): void {
    this.logger.info({ component: 'migrations' }, message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    const entry = { component: 'typeorm' };
    if (level === 'warn') this.logger.warn(entry, String(message));
    else this.logger.info(entry, String(message));
  }
}
