import type { DataSource } from 'typeorm';
import type { DistrictRecord, LandRecord } from './geodata-files';
import type { GeodataSourceFile } from './geodata-import.entity';
import type { PostcodeRepresentative } from './postcode-representative';

/** Runs one SQL statement and returns its rows. */
export type SqlRunner = <T>(sql: string, parameters?: unknown[]) => Promise<T[]>;

/**
 * Largest JSON payload sent with one bulk statement. The embedded PGlite runs one statement at
 * a time in WebAssembly memory: a few MB per statement keeps it responsive.
 */
export const MAX_STATEMENT_PAYLOAD = 2_000_000;

export interface PostcodeRow {
  postcode: string;
  lat: number;
  lng: number;
  place: string;
  places: string[];
  large_customer: boolean;
  district_key: string | null;
  district_name: string | null;
  district_type: string | null;
  land_key: string | null;
  land_name: string | null;
}

export interface DistrictRow {
  key: string;
  name: string;
  type: string;
  land_key: string;
  land_name: string;
}

export interface GeodataCounts {
  lands: number;
  districts: number;
  postcodes: number;
}

/**
 * The district containing the point ($1 = longitude, $2 = latitude), on a shared border the
 * lower key. Planar point-in-polygon through the GiST expression index on `geom::geometry`.
 */
export const DISTRICT_AT_SQL = `
  SELECT d.key, d.name, d.type, l.key AS land_key, l.name AS land_name
    FROM district d
    JOIN land l ON l.key = d.land_key
   WHERE ST_Intersects(d.geom::geometry, ST_SetSRID(ST_MakePoint($1, $2), 4326))
   ORDER BY d.key
   LIMIT 1`;

/** Splits items into consecutive batches whose JSON stays below `maxChars`. */
export function batchesByPayload<T>(items: readonly T[], maxChars: number): T[][] {
  const batches: T[][] = [];
  let batch: T[] = [];
  let size = 2;
  for (const item of items) {
    const itemSize = JSON.stringify(item).length + 1;
    if (batch.length > 0 && size + itemSize > maxChars) {
      batches.push(batch);
      batch = [];
      size = 2;
    }
    batch.push(item);
    size += itemSize;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/**
 * All SQL of the offline geodata: bulk import (JSON batches expanded with jsonb_to_recordset,
 * one statement per batch) and the lookups. Point-in-polygon queries go through the GiST
 * expression index on `district.geom::geometry`.
 */
export class GeodataRepository {
  constructor(private readonly run: SqlRunner) {}

  /** Lookups through the application's pool (TypeORM logs slow statements). */
  static forDataSource(dataSource: DataSource): GeodataRepository {
    return new GeodataRepository((sql, parameters) => dataSource.query(sql, parameters));
  }

  // ---- lookups ------------------------------------------------------------------------------

  async findPostcode(postcode: string): Promise<PostcodeRow | null> {
    const [row] = await this.run<PostcodeRow>(
      `SELECT p.postcode, ST_Y(p.location::geometry) AS lat, ST_X(p.location::geometry) AS lng,
              p.place, p.places, p.large_customer, d.key AS district_key,
              d.name AS district_name, d.type AS district_type, l.key AS land_key,
              l.name AS land_name
         FROM postcode p
         LEFT JOIN district d ON d.key = p.district_key
         LEFT JOIN land l ON l.key = d.land_key
        WHERE p.postcode = $1`,
      [postcode],
    );
    return row ?? null;
  }

  /** The district whose outline covers the point (on a shared border: the lower key). */
  async districtAt(lat: number, lng: number): Promise<DistrictRow | null> {
    const [row] = await this.run<DistrictRow>(DISTRICT_AT_SQL, [lng, lat]);
    return row ?? null;
  }

  /** Every district with its Land, by name. */
  async allDistricts(): Promise<DistrictRow[]> {
    return this.run<DistrictRow>(
      `SELECT d.key, d.name, d.type, l.key AS land_key, l.name AS land_name
         FROM district d JOIN land l ON l.key = d.land_key
        ORDER BY d.name, d.key`,
    );
  }

  async hasPostcodes(): Promise<boolean> {
    const [row] = await this.run<{ present: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM postcode) AS present`,
    );
    return row?.present ?? false;
  }

  async hasDistricts(): Promise<boolean> {
    const [row] = await this.run<{ present: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM district) AS present`,
    );
    return row?.present ?? false;
  }

  async counts(): Promise<GeodataCounts> {
    const [row] = await this.run<GeodataCounts>(
      `SELECT (SELECT count(*) FROM land)::int AS lands,
              (SELECT count(*) FROM district)::int AS districts,
              (SELECT count(*) FROM postcode)::int AS postcodes`,
    );
    return row ?? { lands: 0, districts: 0, postcodes: 0 };
  }

  // ---- import (call inside one transaction) -------------------------------------------------

  /** Serialises concurrent imports (e.g. two API instances starting at once). */
  async lockImport(): Promise<void> {
    await this.run(`SELECT pg_advisory_xact_lock(hashtext('brueckenschlag.geodata_import'))`);
  }

  async upsertLands(lands: readonly LandRecord[]): Promise<void> {
    // The parts of a Land (mainland, islands, waters) are dissolved into one MultiPolygon.
    await this.inBatches(
      lands,
      `INSERT INTO land (key, name, geom)
       SELECT r.key, r.name,
              ST_Multi(ST_CollectionExtract(ST_UnaryUnion(
                ST_SetSRID(ST_GeomFromGeoJSON(r.geometry::text), 4326)), 3))::geography
         FROM jsonb_to_recordset($1::jsonb) AS r(key text, name text, geometry jsonb)
       ON CONFLICT (key) DO UPDATE SET name = EXCLUDED.name, geom = EXCLUDED.geom`,
    );
  }

  async upsertDistricts(districts: readonly DistrictRecord[]): Promise<void> {
    await this.inBatches(
      districts,
      `INSERT INTO district (key, name, type, land_key, geom)
       SELECT r.key, r.name, r.type, left(r.key, 2),
              ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(r.geometry::text), 4326))::geography
         FROM jsonb_to_recordset($1::jsonb) AS r(key text, name text, type text, geometry jsonb)
       ON CONFLICT (key) DO UPDATE
          SET name = EXCLUDED.name, type = EXCLUDED.type, land_key = EXCLUDED.land_key,
              geom = EXCLUDED.geom`,
    );
  }

  /** Postcodes whose district key is unknown get none here; see `placeByLocation`. */
  async upsertPostcodes(postcodes: readonly PostcodeRepresentative[]): Promise<void> {
    await this.inBatches(
      postcodes,
      `INSERT INTO postcode (postcode, location, place, places, large_customer, district_key)
       SELECT r.postcode, ST_SetSRID(ST_MakePoint(r.lng, r.lat), 4326)::geography, r.place,
              ARRAY(SELECT jsonb_array_elements_text(r.places)), r."largeCustomer", d.key
         FROM jsonb_to_recordset($1::jsonb)
              AS r(postcode text, lat float8, lng float8, place text, places jsonb,
                   "largeCustomer" boolean, "districtKey" text)
         LEFT JOIN district d ON d.key = r."districtKey"
       ON CONFLICT (postcode) DO UPDATE
          SET location = EXCLUDED.location, place = EXCLUDED.place, places = EXCLUDED.places,
              large_customer = EXCLUDED.large_customer, district_key = EXCLUDED.district_key`,
    );
  }

  /**
   * Gives postcodes without a (known) district the district that contains their location.
   * Returns how many were placed and how many remain without a district.
   */
  async placeByLocation(): Promise<{ fixed: number; missing: number }> {
    const [row] = await this.run<{ fixed: number; missing: number }>(
      `WITH placed AS (
         UPDATE postcode p
            SET district_key = (
                  SELECT d.key FROM district d
                   WHERE ST_Intersects(d.geom::geometry, p.location::geometry)
                   ORDER BY d.key LIMIT 1)
          WHERE p.district_key IS NULL
         RETURNING p.district_key)
       SELECT (count(*) FILTER (WHERE district_key IS NOT NULL))::int AS fixed,
              (count(*) FILTER (WHERE district_key IS NULL))::int AS missing
         FROM placed`,
    );
    return row ?? { fixed: 0, missing: 0 };
  }

  /** Removes what the new data no longer contains (dependants first). */
  async deleteAllBut(keep: {
    lands: readonly string[];
    districts: readonly string[];
    postcodes: readonly string[];
  }): Promise<void> {
    await this.run(`DELETE FROM postcode WHERE postcode <> ALL ($1::bpchar[])`, [keep.postcodes]);
    await this.run(`DELETE FROM district WHERE key <> ALL ($1::bpchar[])`, [keep.districts]);
    await this.run(`DELETE FROM land WHERE key <> ALL ($1::bpchar[])`, [keep.lands]);
  }

  async recordImport(record: {
    sourceDir: string;
    sourceFiles: readonly GeodataSourceFile[];
    counts: GeodataCounts;
    districtFixed: number;
    districtMissing: number;
    durationMs: number;
  }): Promise<Date> {
    const [row] = await this.run<{ imported_at: Date }>(
      `INSERT INTO geodata_import (source_dir, source_files, land_count, district_count,
                                   postcode_count, district_fixed_count,
                                   district_missing_count, duration_ms)
       VALUES ($1, $2::jsonb, $3, $4, $5, $6, $7, $8)
       RETURNING imported_at`,
      [
        record.sourceDir,
        JSON.stringify(record.sourceFiles),
        record.counts.lands,
        record.counts.districts,
        record.counts.postcodes,
        record.districtFixed,
        record.districtMissing,
        Math.round(record.durationMs),
      ],
    );
    return row?.imported_at ?? new Date();
  }

  private async inBatches<T>(items: readonly T[], sql: string): Promise<void> {
    for (const batch of batchesByPayload(items, MAX_STATEMENT_PAYLOAD)) {
      await this.run(sql, [JSON.stringify(batch)]);
    }
  }
}
