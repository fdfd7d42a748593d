import 'reflect-metadata';
import { resolve } from 'node:path';
import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import { DataSource } from 'typeorm';
import { geodataEntities } from '../geodata-entities';

/** The real offline geodata (../shared/data/geo next to the workspace, or GEO_DATA_DIR). */
export const testGeoDataDir =
  process.env['GEO_DATA_DIR'] ?? resolve(import.meta.dirname, '../../../../../../shared/data/geo');

export interface GeodataTestDatabase {
  db: TestDatabase;
  dataSource: DataSource;
  stop(): Promise<void>;
}

/** A fresh migrated test database (see `startTestDatabase`) with a connected data source. */
export async function startGeodataTestDatabase(): Promise<GeodataTestDatabase> {
  const db = await startTestDatabase();
  const dataSource = new DataSource({
    type: 'postgres',
    url: db.url,
    entities: geodataEntities,
    installExtensions: false,
  });
  await dataSource.initialize();
  return {
    db,
    dataSource,
    async stop() {
      await dataSource.destroy();
      await db.stop();
    },
  };
}

/** Collects what `ensureGeodata` logs. */
export function logRecorder() {
  const entries: { level: 'info' | 'warn'; details: object; message: string }[] = [];
  return {
    entries,
    info: (details: object, message: string) =>
      void entries.push({ level: 'info', details, message }),
    warn: (details: object, message: string) =>
      void entries.push({ level: 'warn', details, message }),
  };
}
