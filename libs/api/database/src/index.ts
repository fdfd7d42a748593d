export * from './database-url';
export * from './embedded-postgres';
export * from './prepared-statements';
export * from './session-options';
export * from './testing/test-database';
export * from './typeorm-pino-logger';
export * from './wait-for-database';
