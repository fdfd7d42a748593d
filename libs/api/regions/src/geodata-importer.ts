import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { missingGeodataFiles, readGeodataFiles } from './geodata-files';
import { GeodataRepository, type SqlRunner } from './geodata.repository';
import { choosePostcodeRepresentatives } from './postcode-representative';

export interface GeodataImportResult {
  sourceDir: string;
  lands: number;
  districts: number;
  postcodes: number;
  /** Postcodes that only large customers (companies, authorities) use. */
  largeCustomerPostcodes: number;
  /** Postcodes whose source district key was missing or unknown, placed by location. */
  districtFixed: number;
  /** Postcodes outside every district (e.g. Jungholz, a German postcode in Austria). */
  districtMissing: number;
  /** Reading and preparing the files. */
  readMs: number;
  /** The database transaction. */
  databaseMs: number;
  durationMs: number;
  importedAt: Date;
}

/** The structured logger the start-up import reports to (pino's signature). */
export interface GeodataLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

/**
 * Imports postcodes, districts and Länder from `geoDataDir` in one transaction. Re-running it
 * replaces the data (upsert, then removal of what the files no longer contain). Statements are
 * sent on the transaction's connection directly, so multi-MB batches never end up in a log.
 */
export async function importGeodata(
  dataSource: DataSource,
  geoDataDir: string,
  options: { onlyIfEmpty?: boolean } = {},
): Promise<GeodataImportResult | null> {
  const started = performance.now();
  const source = await readGeodataFiles(geoDataDir);
  const postcodes = choosePostcodeRepresentatives(source.postcodeRows);
  const read = performance.now();

  const queryRunner = dataSource.createQueryRunner();
  const client = (await queryRunner.connect()) as PoolClient;
  const run: SqlRunner = async <T>(sql: string, parameters?: unknown[]) =>
    (await client.query(sql, parameters)).rows as T[];
  const repository = new GeodataRepository(run);
  try {
    await run('BEGIN');
    await repository.lockImport();
    if (options.onlyIfEmpty && (await repository.hasPostcodes())) {
      await run('ROLLBACK');
      return null;
    }
    await repository.upsertLands(source.lands);
    await repository.upsertDistricts(source.districts);
    await repository.upsertPostcodes(postcodes);
    const placed = await repository.placeByLocation();
    await repository.deleteAllBut({
      lands: source.lands.map((l) => l.key),
      districts: source.districts.map((d) => d.key),
      postcodes: postcodes.map((p) => p.postcode),
    });
    const counts = await repository.counts();
    const durationMs = Math.round(performance.now() - started);
    const importedAt = await repository.recordImport({
      sourceDir: geoDataDir,
      sourceFiles: source.files,
      counts,
      districtFixed: placed.fixed,
      districtMissing: placed.missing,
      durationMs,
    });
    await run('COMMIT');
    return {
      sourceDir: geoDataDir,
      ...counts,
      largeCustomerPostcodes: postcodes.filter((p) => p.largeCustomer).length,
      districtFixed: placed.fixed,
      districtMissing: placed.missing,
      readMs: Math.round(read - started),
      databaseMs: Math.round(performance.now() - read),
      durationMs: Math.round(performance.now() - started),
      importedAt,
    };
  } catch (error) {
    await run('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await queryRunner.release();
  }
}

/** One line for the CLI and the log. */
export function describeGeodataImport(result: GeodataImportResult): string {
  return (
    `Imported ${result.lands} Länder, ${result.districts} districts and ${result.postcodes} ` +
    `postcodes (${result.largeCustomerPostcodes} large-customer codes; ` +
    `${result.districtFixed} placed in their district by location, ` +
    `${result.districtMissing} without district) from ${result.sourceDir} ` +
    `in ${result.durationMs} ms (files ${result.readMs} ms, database ${result.databaseMs} ms).`
  );
}

/**
 * Imports the offline geodata at start when the database holds none. A missing folder is
 * only a warning: the application runs, and postcode lookups answer with a clear error.
 */
export async function ensureGeodata(
  dataSource: DataSource,
  geoDataDir: string,
  log: GeodataLog,
): Promise<GeodataImportResult | null> {
  if (await GeodataRepository.forDataSource(dataSource).hasPostcodes()) return null;
  const missing = missingGeodataFiles(geoDataDir);
  if (missing.length > 0) {
    log.warn(
      { geoDataDir, missing },
      'Offline geodata not found: postcode lookups and district assignment are unavailable ' +
        'until GEO_DATA_DIR points at the geodata folder (then restart or run `nx run api:geo-import`)',
    );
    return null;
  }
  log.info({ geoDataDir }, 'Importing the offline geodata (Länder, districts, postcodes)');
  const result = await importGeodata(dataSource, geoDataDir, { onlyIfEmpty: true });
  if (result) log.info({ ...result }, describeGeodataImport(result));
  return result;
}
