import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MAP_POINT_REBUILD_V1 } from './1795356200000-MapBulkLoads';

/**
 * The map's text filter reads the words of the organisations' documents from a B-tree of
 * (word, slot) instead of the GIN index of `map_text`: a prefix is a range of that index, read
 * without touching the table (index-only scan), where the GIN index has to visit a table page
 * per match. At national scale a common word ("Kanzlei", 116,000 organisations) took about
 * 100–130 ms through GIN and takes about 20 ms here. The words are the lexemes of
 * `map_text.document` (German stemming), kept by a trigger on `map_text`; the GIN index stays
 * for the name search, which needs the name's weight. `map_point_rebuild()` fills the table in
 * one statement after a bulk load.
 */
export class MapWordIndex1795360000000 implements MigrationInterface {
  name = 'MapWordIndex1795360000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Byte order ("C"): a prefix is the range [prefix, prefix || U+10FFFF).
    await queryRunner.query(`
      CREATE TABLE map_word (
        word text COLLATE "C" NOT NULL,
        slot integer NOT NULL
      )`);
    await queryRunner.query(`
      INSERT INTO map_word (word, slot)
      SELECT w.word, t.slot FROM map_text t, unnest(tsvector_to_array(t.document)) AS w(word)`);
    await queryRunner.query(
      `ALTER TABLE map_word ADD CONSTRAINT map_word_pkey PRIMARY KEY (word, slot)`,
    );
    await queryRunner.query(`
      CREATE FUNCTION map_text_words() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          DELETE FROM map_word
           WHERE word = ANY (tsvector_to_array(OLD.document)) AND slot = OLD.slot;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO map_word (word, slot)
          SELECT w.word, NEW.slot FROM unnest(tsvector_to_array(NEW.document)) AS w(word)
          ON CONFLICT DO NOTHING;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER map_text_words AFTER INSERT OR DELETE OR UPDATE OF slot, document
          ON map_text FOR EACH ROW EXECUTE FUNCTION map_text_words()`);
    await queryRunner.query(MAP_POINT_REBUILD_V2);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(MAP_POINT_REBUILD_V1);
    await queryRunner.query(`DROP TRIGGER map_text_words ON map_text`);
    await queryRunner.query(`DROP FUNCTION map_text_words()`);
    await queryRunner.query(`DROP TABLE map_word`);
  }
}

/** `map_point_rebuild` that also writes `map_word`, in one statement instead of per row. */
const MAP_POINT_REBUILD_V2 = `
      CREATE OR REPLACE FUNCTION map_point_rebuild() RETURNS bigint
      LANGUAGE plpgsql AS $$
      DECLARE
        written bigint;
      BEGIN
        TRUNCATE map_word, map_text, map_point RESTART IDENTITY;
        DROP INDEX map_text_document_gin;
        DROP INDEX map_point_changed_xid_idx;
        DROP INDEX map_point_geohash_idx;
        ALTER TABLE map_word DROP CONSTRAINT map_word_pkey;
        ALTER TABLE map_text DISABLE TRIGGER map_text_words;
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
        INSERT INTO map_word (word, slot)
        SELECT w.word, t.slot FROM map_text t, unnest(tsvector_to_array(t.document)) AS w(word);
        ALTER TABLE map_text ENABLE TRIGGER map_text_words;
        ALTER TABLE map_word ADD CONSTRAINT map_word_pkey PRIMARY KEY (word, slot);
        CREATE INDEX map_point_changed_xid_idx ON map_point (changed_xid);
        CREATE INDEX map_point_geohash_idx
            ON map_point (ST_GeoHash(ST_SetSRID(ST_MakePoint(lng, lat), 4326), 9));
        ALTER TABLE map_point CLUSTER ON map_point_geohash_idx;
        CREATE INDEX map_text_document_gin ON map_text USING gin (document);
        UPDATE map_generation SET generation = generation + 1;
        RETURN written;
      END $$`;
