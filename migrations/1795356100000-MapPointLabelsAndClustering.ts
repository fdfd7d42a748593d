import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MAP_POINT_REFRESH_V1 } from './1795356000000-CreateMapIndex';

/**
 * What the map shows of a single organisation (name, postcode, city) moves into `map_point`,
 * and the table is stored in the order of a geohash of its location: the organisations of one
 * viewport then share a few pages, and naming the few hundred shown one by one reads those
 * pages instead of a random page of `organisation` per marker. `CLUSTER map_point` restores the
 * order after many inserts (PostgreSQL remembers the index to cluster on).
 */
export class MapPointLabelsAndClustering1795356100000 implements MigrationInterface {
  name = 'MapPointLabelsAndClustering1795356100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE map_point
        ADD COLUMN name varchar(200),
        ADD COLUMN postcode char(5),
        ADD COLUMN city varchar(120)`);
    await queryRunner.query(`
      UPDATE map_point p SET name = o.name, postcode = o.postcode, city = o.city
        FROM organisation o WHERE o.id = p.organisation_id`);
    await queryRunner.query(MAP_POINT_REFRESH_V2);
    await queryRunner.query(`
      CREATE INDEX map_point_geohash_idx
          ON map_point (ST_GeoHash(ST_SetSRID(ST_MakePoint(lng, lat), 4326), 9))`);
    await queryRunner.query(`CLUSTER map_point USING map_point_geohash_idx`);
    await queryRunner.query(`ANALYZE map_point`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX map_point_geohash_idx`);
    await queryRunner.query(
      MAP_POINT_REFRESH_V1.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION'),
    );
    await queryRunner.query(
      `ALTER TABLE map_point DROP COLUMN name, DROP COLUMN postcode, DROP COLUMN city`,
    );
  }
}

/** `map_point_refresh` keeping name, postcode and city too. */
export const MAP_POINT_REFRESH_V2 = `
      CREATE OR REPLACE FUNCTION map_point_refresh(ids uuid[], with_text boolean) RETURNS void
      LANGUAGE plpgsql AS $$
      DECLARE
        xid bigint := pg_current_xact_id()::text::bigint;
      BEGIN
        INSERT INTO map_point AS p (organisation_id, changed_xid, deleted, kind, lng, lat,
                                    district, offers, seeks, themes, attributes,
                                    verified_attributes, visibility, name, postcode, city)
        SELECT o.id, xid, false, o.kind, ST_X(o.location::geometry), ST_Y(o.location::geometry),
               coalesce(o.district_key::integer, 0)::smallint, coalesce(m.offers, 0),
               coalesce(m.seeks, 0), coalesce(m.themes, 0), coalesce(m.attributes, 0),
               coalesce(m.verified_attributes, 0),
               coalesce(map_visibility_code(pr.visibility), 0::smallint),
               o.name, o.postcode, o.city
          FROM unnest(ids) AS i(id)
          JOIN organisation o ON o.id = i.id
          LEFT JOIN match_profile m ON m.organisation_id = o.id
          LEFT JOIN profile pr ON pr.organisation_id = o.id
        ON CONFLICT (organisation_id) DO UPDATE
           SET changed_xid = EXCLUDED.changed_xid, deleted = false, kind = EXCLUDED.kind,
               lng = EXCLUDED.lng, lat = EXCLUDED.lat, district = EXCLUDED.district,
               offers = EXCLUDED.offers, seeks = EXCLUDED.seeks, themes = EXCLUDED.themes,
               attributes = EXCLUDED.attributes,
               verified_attributes = EXCLUDED.verified_attributes,
               visibility = EXCLUDED.visibility, name = EXCLUDED.name,
               postcode = EXCLUDED.postcode, city = EXCLUDED.city
         WHERE (p.deleted, p.kind, p.lng, p.lat, p.district, p.offers, p.seeks, p.themes,
                p.attributes, p.verified_attributes, p.visibility, p.name, p.postcode, p.city)
               IS DISTINCT FROM
               (false, EXCLUDED.kind, EXCLUDED.lng, EXCLUDED.lat, EXCLUDED.district,
                EXCLUDED.offers, EXCLUDED.seeks, EXCLUDED.themes, EXCLUDED.attributes,
                EXCLUDED.verified_attributes, EXCLUDED.visibility, EXCLUDED.name,
                EXCLUDED.postcode, EXCLUDED.city);

        WITH gone AS (
          UPDATE map_point p SET deleted = true, changed_xid = xid
            FROM unnest(ids) AS i(id)
           WHERE p.organisation_id = i.id AND NOT p.deleted
             AND NOT EXISTS (SELECT 1 FROM organisation o WHERE o.id = p.organisation_id)
          RETURNING p.slot)
        DELETE FROM map_text t USING gone WHERE t.slot = gone.slot;

        -- A changed text marks the point changed too: instances drop their text caches.
        IF with_text THEN
          WITH written AS (
            INSERT INTO map_text AS t (slot, document)
            SELECT p.slot, map_document(o.name, o.description)
              FROM unnest(ids) AS i(id)
              JOIN organisation o ON o.id = i.id
              JOIN map_point p ON p.organisation_id = o.id
            ON CONFLICT (slot) DO UPDATE SET document = EXCLUDED.document
             WHERE t.document IS DISTINCT FROM EXCLUDED.document
            RETURNING t.slot)
          UPDATE map_point p SET changed_xid = xid
            FROM written WHERE p.slot = written.slot AND p.changed_xid <> xid;
        END IF;
      END $$`;
