import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureGeodata, importGeodata, type GeodataImportResult } from './geodata-importer';
import { GeodataRepository } from './geodata.repository';
import { GeodataUnavailableError } from './geocoding.errors';
import { GeocodingService } from './geocoding.service';
import {
  logRecorder,
  startGeodataTestDatabase,
  testGeoDataDir,
  type GeodataTestDatabase,
} from './testing/geodata-test-database';

describe('importGeodata (real files from the geodata folder)', () => {
  let test: GeodataTestDatabase;
  let first: GeodataImportResult;
  const log = logRecorder();

  beforeAll(async () => {
    test = await startGeodataTestDatabase();
    const result = await ensureGeodata(test.dataSource, testGeoDataDir, log);
    if (!result) throw new Error(`No geodata imported from ${testGeoDataDir}`);
    first = result;
    console.info(`[${test.db.flavour}] ${JSON.stringify(first)}`);
  });
  afterAll(() => test?.stop());

  it('imports all 16 Länder, 401 districts and every postcode at the first start', () => {
    expect(first).toMatchObject({ lands: 16, districts: 401, postcodes: 10_814 });
    expect(first.largeCustomerPostcodes).toBeGreaterThan(1_000);
    // Jungholz (87491) is an Austrian village with a German postcode: in no German district.
    expect(first.districtMissing).toBe(1);
    expect(log.entries.map((e) => e.level)).toEqual(['info', 'info']);
    expect(log.entries[1]?.message).toMatch(/^Imported 16 Länder, 401 districts and 10814/);
  });

  it('records the import with its source files', async () => {
    const [row] = await test.dataSource.query<
      { postcode_count: number; source_files: { file: string; sha256: string }[] }[]
    >(`SELECT postcode_count, source_files FROM geodata_import ORDER BY id LIMIT 1`);
    expect(row?.postcode_count).toBe(10_814);
    expect(row?.source_files.map((f) => f.file).sort()).toEqual([
      'kreise-vg5000-2021.geojson',
      'laender-vg5000-2021.geojson',
      'postcodes-de-geonames.csv',
    ]);
    expect(row?.source_files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('stores valid outlines whose keys match their Land', async () => {
    const [row] = await test.dataSource.query<{ invalid: number; mismatched: number }[]>(
      `SELECT (SELECT count(*) FROM district WHERE NOT ST_IsValid(geom::geometry))::int
                + (SELECT count(*) FROM land WHERE NOT ST_IsValid(geom::geometry))::int
                AS invalid,
              (SELECT count(*) FROM district WHERE land_key <> left(key, 2))::int AS mismatched`,
    );
    expect(row).toEqual({ invalid: 0, mismatched: 0 });
  });

  it('replaces the data when run again and removes what the files no longer hold', async () => {
    await test.dataSource.query(
      `INSERT INTO postcode (postcode, location, place)
       VALUES ('99999', ST_SetSRID(ST_MakePoint(10, 51), 4326)::geography, 'Stale')`,
    );
    await test.dataSource.query(`UPDATE postcode SET place = 'Changed' WHERE postcode = '68159'`);

    const again = await importGeodata(test.dataSource, testGeoDataDir);

    expect(again).toMatchObject({ lands: 16, districts: 401, postcodes: 10_814 });
    const rows = await test.dataSource.query<{ postcode: string; place: string }[]>(
      `SELECT postcode, place FROM postcode WHERE postcode IN ('68159', '99999')`,
    );
    expect(rows).toEqual([{ postcode: '68159', place: 'Mannheim' }]);
  });

  it('does not import again at start when the data is present', async () => {
    const quiet = logRecorder();
    expect(await ensureGeodata(test.dataSource, testGeoDataDir, quiet)).toBeNull();
    expect(quiet.entries).toEqual([]);
  });
});

describe('ensureGeodata without the geodata folder', () => {
  let test: GeodataTestDatabase;
  const emptyDir = mkdtempSync(join(tmpdir(), 'bs-no-geodata-'));

  beforeAll(async () => {
    test = await startGeodataTestDatabase();
  });
  afterAll(async () => {
    await test?.stop();
    rmSync(emptyDir, { recursive: true, force: true });
  });

  it('warns, and lookups then fail with a clear error', async () => {
    const log = logRecorder();
    expect(await ensureGeodata(test.dataSource, join(emptyDir, 'missing'), log)).toBeNull();
    expect(log.entries).toHaveLength(1);
    expect(log.entries[0]).toMatchObject({
      level: 'warn',
      details: {
        missing: [
          'postcodes-de-geonames.csv',
          'kreise-vg5000-2021.geojson',
          'laender-vg5000-2021.geojson',
        ],
      },
    });
    expect(log.entries[0]?.message).toContain('GEO_DATA_DIR');

    const geocoding = new GeocodingService(GeodataRepository.forDataSource(test.dataSource));
    await expect(geocoding.lookupPostcode('68159')).rejects.toBeInstanceOf(GeodataUnavailableError);
    await expect(geocoding.districtAt({ lat: 49.4106, lng: 8.7153 })).rejects.toBeInstanceOf(
      GeodataUnavailableError,
    );
  });
});
