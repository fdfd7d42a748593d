import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Offline geocoding for Germany: Länder, districts (Kreise) and postcodes. The data itself is
 * imported separately (`nx run api:geo-import`, or automatically at start when empty).
 */
export class CreateGeodata1795350000000 implements MigrationInterface {
  name = 'CreateGeodata1795350000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE land (
        key char(2) PRIMARY KEY,
        name text NOT NULL,
        geom geography(MultiPolygon, 4326) NOT NULL,
        CONSTRAINT land_key_check CHECK (key ~ '^[0-9]{2}$')
      )`);
    await queryRunner.query(`CREATE INDEX land_geom_gist ON land USING gist (geom)`);

    await queryRunner.query(`
      CREATE TABLE district (
        key char(5) PRIMARY KEY,
        name text NOT NULL,
        type text NOT NULL,
        land_key char(2) NOT NULL,
        geom geography(MultiPolygon, 4326) NOT NULL,
        CONSTRAINT district_key_check CHECK (key ~ '^[0-9]{5}$'),
        CONSTRAINT district_land_key_check CHECK (land_key = left(key, 2)),
        CONSTRAINT district_land_key_fkey FOREIGN KEY (land_key) REFERENCES land (key)
      )`);
    await queryRunner.query(`CREATE INDEX district_geom_gist ON district USING gist (geom)`);
    // Point-in-polygon on the planar geometry is several times faster than on geography and
    // exact enough for district outlines in WGS84 (TypeORM does not manage expression indexes).
    await queryRunner.query(
      `CREATE INDEX district_geom_geometry_gist ON district USING gist ((geom::geometry))`,
    );
    await queryRunner.query(`CREATE INDEX district_land_key_idx ON district (land_key)`);

    await queryRunner.query(`
      CREATE TABLE postcode (
        postcode char(5) PRIMARY KEY,
        location geography(Point, 4326) NOT NULL,
        place text NOT NULL,
        places text[] NOT NULL DEFAULT '{}',
        large_customer boolean NOT NULL DEFAULT false,
        district_key char(5),
        CONSTRAINT postcode_postcode_check CHECK (postcode ~ '^[0-9]{5}$'),
        CONSTRAINT postcode_district_key_fkey FOREIGN KEY (district_key) REFERENCES district (key)
      )`);
    await queryRunner.query(
      `CREATE INDEX postcode_location_gist ON postcode USING gist (location)`,
    );
    await queryRunner.query(`CREATE INDEX postcode_district_key_idx ON postcode (district_key)`);

    await queryRunner.query(`
      CREATE TABLE geodata_import (
        id SERIAL PRIMARY KEY,
        imported_at timestamptz NOT NULL DEFAULT now(),
        source_dir text NOT NULL,
        source_files jsonb NOT NULL,
        land_count integer NOT NULL,
        district_count integer NOT NULL,
        postcode_count integer NOT NULL,
        district_fixed_count integer NOT NULL,
        district_missing_count integer NOT NULL,
        duration_ms integer NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE geodata_import`);
    await queryRunner.query(`DROP TABLE postcode`);
    await queryRunner.query(`DROP TABLE district`);
    await queryRunner.query(`DROP TABLE land`);
  }
}
