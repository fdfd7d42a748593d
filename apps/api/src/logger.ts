import pino, { type Logger } from 'pino';

/** The process-wide structured (JSON) logger. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'brueckenschlag-api' } });
}
