import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MAP_POINT_REFRESH_V2 } from './1795356100000-MapPointLabelsAndClustering';

/**
 * Bulk loads (the synthetic data loader, restores) and the map's read model: a transaction
 * that sets `brueckenschlag.map_sync = 'off'` skips the per-statement upkeep of `map_point`
 * and calls `map_point_rebuild()` once at its end, which writes the read model anew (in
 * geohash order, so it is clustered) and increases `map_generation`. API instances that see a
 * new generation load their map index again.
 */
export class MapBulkLoads1795356200000 implements MigrationInterface {
  name = 'MapBulkLoads1795356200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE map_generation (
        id smallint PRIMARY KEY DEFAULT 1,
        generation bigint NOT NULL,
        CONSTRAINT map_generation_single_row_check CHECK (id = 1)
      )`);
    await queryRunner.query(`INSERT INTO map_generation (id, generation) VALUES (1, 1)`);
    await queryRunner.query(MAP_POINT_REFRESH_V3);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION map_point_after_truncate() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('brueckenschlag.map_sync', true) = 'off' THEN
          RETURN NULL;
        END IF;
        PERFORM map_point_refresh(ARRAY(SELECT organisation_id FROM map_point WHERE NOT deleted),
                                  TG_TABLE_NAME = 'organisation');
        RETURN NULL;
      END $$`);
    await queryRunner.query(MAP_POINT_REBUILD_V1);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION map_point_rebuild()`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION map_point_after_truncate() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM map_point_refresh(ARRAY(SELECT organisation_id FROM map_point WHERE NOT deleted),
                                  TG_TABLE_NAME = 'organisation');
        RETURN NULL;
      END $$`);
    await queryRunner.query(MAP_POINT_REFRESH_V2);
    await queryRunner.query(`DROP TABLE map_generation`);
  }
}

/** `map_point_refresh` that does nothing while a bulk load has switched the upkeep off. */
const MAP_POINT_REFRESH_V3 = `
      CREATE OR REPLACE FUNCTION map_point_refresh(ids uuid[], with_text boolean) RETURNS void
      LANGUAGE plpgsql AS $$
      DECLARE
        xid bigint := pg_current_xact_id()::text::bigint;
      BEGIN
        -- A bulk load switches this off and calls map_point_rebuild() once at its end.
        IF current_setting('brueckenschlag.map_sync', true) = 'off' THEN
          RETURN;
        END IF;
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

/** `map_point_rebuild` as this migration creates it (a later one extends it). */
export const MAP_POINT_REBUILD_V1 = `
      CREATE OR REPLACE FUNCTION map_point_rebuild() RETURNS bigint
      LANGUAGE plpgsql AS $$
      DECLARE
        written bigint;
      BEGIN
        TRUNCATE map_text, map_point RESTART IDENTITY;
        DROP INDEX map_text_document_gin;
        DROP INDEX map_point_changed_xid_idx;
        DROP INDEX map_point_geohash_idx;
        INSERT INTO map_point (organisation_id, changed_xid, kind, lng, lat, district, offers,
                               seeks, themes, attributes, verified_attributes, visibility, name,
                               postcode, city)
        SELECT o.id, pg_current_xact_id()::text::bigint, o.kind, ST_X(o.location::geometry),
               ST_Y(o.location::geometry), coalesce(o.district_key::integer, 0)::smallint,
               coalesce(m.offers, 0), coalesce(m.seeks, 0), coalesce(m.themes, 0),
               coalesce(m.attributes, 0), coalesce(m.verified_attributes, 0),
               coalesce(map_visibility_code(pr.visibility), 0::smallint), o.name, o.postcode,
               o.city
          FROM organisation o
          LEFT JOIN match_profile m ON m.organisation_id = o.id
          LEFT JOIN profile pr ON pr.organisation_id = o.id
         ORDER BY ST_GeoHash(o.location::geometry, 9);
        GET DIAGNOSTICS written = ROW_COUNT;
        INSERT INTO map_text (slot, document)
        SELECT p.slot, map_document(o.name, o.description)
          FROM map_point p JOIN organisation o ON o.id = p.organisation_id;
        CREATE INDEX map_point_changed_xid_idx ON map_point (changed_xid);
        CREATE INDEX map_point_geohash_idx
            ON map_point (ST_GeoHash(ST_SetSRID(ST_MakePoint(lng, lat), 4326), 9));
        ALTER TABLE map_point CLUSTER ON map_point_geohash_idx;
        CREATE INDEX map_text_document_gin ON map_text USING gin (document);
        UPDATE map_generation SET generation = generation + 1;
        RETURN written;
      END $$`;
