import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The map's read model: one row per organisation with what the map filters on (kind, location,
 * district, profile masks, visibility of the profile fields), kept by statement-level triggers
 * on `organisation`, `match_profile` and `profile`, plus a German full-text document per
 * organisation. Every API instance loads `map_point` into its in-memory map index and follows
 * changes through `changed_xid` (the writing transaction's id; see libs/api/map).
 *
 * `slot` is a dense, stable integer per organisation: the in-memory index addresses rows by it.
 * Deleted organisations stay as tombstones (`deleted`), so instances that follow changes see
 * the deletion.
 */
export class CreateMapIndex1795356000000 implements MigrationInterface {
  name = 'CreateMapIndex1795356000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE map_point (
        slot integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        organisation_id uuid NOT NULL,
        changed_xid bigint NOT NULL,
        deleted boolean NOT NULL DEFAULT false,
        kind organisation_kind NOT NULL,
        lng double precision NOT NULL,
        lat double precision NOT NULL,
        district smallint NOT NULL DEFAULT 0,
        offers integer NOT NULL DEFAULT 0,
        seeks integer NOT NULL DEFAULT 0,
        themes integer NOT NULL DEFAULT 0,
        attributes integer NOT NULL DEFAULT 0,
        verified_attributes integer NOT NULL DEFAULT 0,
        visibility smallint NOT NULL DEFAULT 0,
        CONSTRAINT map_point_organisation_id_key UNIQUE (organisation_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE map_text (
        slot integer PRIMARY KEY,
        document tsvector NOT NULL,
        CONSTRAINT map_text_slot_fkey FOREIGN KEY (slot) REFERENCES map_point (slot) ON DELETE CASCADE
      )`);

    // Visibility of OFFERS, SEEKS, THEMES, ATTRIBUTES as 2 bits each (in this order, from bit
    // 0): 0 = not set (the domain default applies), 1 PUBLIC, 2 SIGNED_IN, 3 CONTACTS.
    await queryRunner.query(`
      CREATE FUNCTION map_visibility_code(visibility jsonb) RETURNS smallint
      LANGUAGE sql IMMUTABLE AS $$
        SELECT coalesce(sum(CASE visibility ->> f.field
                              WHEN 'PUBLIC' THEN 1 WHEN 'SIGNED_IN' THEN 2 WHEN 'CONTACTS' THEN 3
                              ELSE 0 END << f.shift), 0)::smallint
          FROM (VALUES ('OFFERS', 0), ('SEEKS', 2), ('THEMES', 4), ('ATTRIBUTES', 6))
               AS f(field, shift)
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION map_document(name text, description text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE AS $$
        SELECT setweight(to_tsvector('german', name), 'A')
               || setweight(to_tsvector('german', coalesce(description, '')), 'B')
      $$`);

    // Rewrites the rows of the given organisations from their sources; a missing organisation
    // becomes a tombstone. Unchanged rows keep their changed_xid (no needless reloads).
    await queryRunner.query(MAP_POINT_REFRESH_V1);

    await queryRunner.query(`
      CREATE FUNCTION map_point_after_organisation_insert() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM map_point_refresh(ARRAY(SELECT id FROM new_rows), true);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION map_point_after_organisation_update() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM map_point_refresh(ARRAY(SELECT id FROM new_rows), false);
        PERFORM map_point_refresh(
          ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
                 WHERE (n.name, n.description) IS DISTINCT FROM (o.name, o.description)),
          true);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION map_point_after_organisation_delete() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM map_point_refresh(ARRAY(SELECT id FROM old_rows), false);
        RETURN NULL;
      END $$`);
    // match_profile and profile: the organisation's id is `organisation_id` in both.
    await queryRunner.query(`
      CREATE FUNCTION map_point_after_profile_insert() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM map_point_refresh(ARRAY(SELECT organisation_id FROM new_rows), false);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION map_point_after_profile_change() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM map_point_refresh(ARRAY(SELECT organisation_id FROM old_rows), false);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION map_point_after_truncate() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM map_point_refresh(ARRAY(SELECT organisation_id FROM map_point WHERE NOT deleted),
                                  TG_TABLE_NAME = 'organisation');
        RETURN NULL;
      END $$`);

    for (const [table, event, transition, fn] of TRIGGERS) {
      await queryRunner.query(`
        CREATE TRIGGER map_point_after_${table}_${event.toLowerCase()}
          AFTER ${event} ON ${table}
          ${transition}
          FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    }

    // The read model of what exists already (derived data, like building an index).
    await queryRunner.query(`
      INSERT INTO map_point (organisation_id, changed_xid, kind, lng, lat, district, offers,
                             seeks, themes, attributes, verified_attributes, visibility)
      SELECT o.id, pg_current_xact_id()::text::bigint, o.kind, ST_X(o.location::geometry),
             ST_Y(o.location::geometry), coalesce(o.district_key::integer, 0)::smallint,
             coalesce(m.offers, 0), coalesce(m.seeks, 0), coalesce(m.themes, 0),
             coalesce(m.attributes, 0), coalesce(m.verified_attributes, 0),
             coalesce(map_visibility_code(pr.visibility), 0::smallint)
        FROM organisation o
        LEFT JOIN match_profile m ON m.organisation_id = o.id
        LEFT JOIN profile pr ON pr.organisation_id = o.id`);
    await queryRunner.query(`
      INSERT INTO map_text (slot, document)
      SELECT p.slot, map_document(o.name, o.description)
        FROM map_point p JOIN organisation o ON o.id = p.organisation_id`);
    // Indexes after the bulk insert: building them once is much faster than row by row.
    await queryRunner.query(`CREATE INDEX map_point_changed_xid_idx ON map_point (changed_xid)`);
    await queryRunner.query(`CREATE INDEX map_text_document_gin ON map_text USING gin (document)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, event] of TRIGGERS) {
      await queryRunner.query(
        `DROP TRIGGER map_point_after_${table}_${event.toLowerCase()} ON ${table}`,
      );
    }
    for (const fn of [
      'map_point_after_truncate()',
      'map_point_after_profile_change()',
      'map_point_after_profile_insert()',
      'map_point_after_organisation_delete()',
      'map_point_after_organisation_update()',
      'map_point_after_organisation_insert()',
      'map_point_refresh(uuid[], boolean)',
      'map_document(text, text)',
      'map_visibility_code(jsonb)',
    ]) {
      await queryRunner.query(`DROP FUNCTION ${fn}`);
    }
    await queryRunner.query(`DROP TABLE map_text`);
    await queryRunner.query(`DROP TABLE map_point`);
  }
}

const NEW = 'REFERENCING NEW TABLE AS new_rows';
const OLD = 'REFERENCING OLD TABLE AS old_rows';
const BOTH = 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows';

/** [table, event, transition tables, function] of every trigger that keeps map_point. */
const TRIGGERS: readonly (readonly [string, string, string, string])[] = [
  ['organisation', 'INSERT', NEW, 'map_point_after_organisation_insert'],
  ['organisation', 'UPDATE', BOTH, 'map_point_after_organisation_update'],
  ['organisation', 'DELETE', OLD, 'map_point_after_organisation_delete'],
  ['organisation', 'TRUNCATE', '', 'map_point_after_truncate'],
  ['match_profile', 'INSERT', NEW, 'map_point_after_profile_insert'],
  ['match_profile', 'UPDATE', OLD, 'map_point_after_profile_change'],
  ['match_profile', 'DELETE', OLD, 'map_point_after_profile_change'],
  ['match_profile', 'TRUNCATE', '', 'map_point_after_truncate'],
  ['profile', 'INSERT', NEW, 'map_point_after_profile_insert'],
  ['profile', 'UPDATE', OLD, 'map_point_after_profile_change'],
  ['profile', 'DELETE', OLD, 'map_point_after_profile_change'],
  ['profile', 'TRUNCATE', '', 'map_point_after_truncate'],
];

/** The first version of `map_point_refresh` (see CreateMapPointLabels for the current one). */
export const MAP_POINT_REFRESH_V1 = `
      CREATE FUNCTION map_point_refresh(ids uuid[], with_text boolean) RETURNS void
      LANGUAGE plpgsql AS $$
      DECLARE
        xid bigint := pg_current_xact_id()::text::bigint;
      BEGIN
        INSERT INTO map_point AS p (organisation_id, changed_xid, deleted, kind, lng, lat,
                                    district, offers, seeks, themes, attributes,
                                    verified_attributes, visibility)
        SELECT o.id, xid, false, o.kind, ST_X(o.location::geometry), ST_Y(o.location::geometry),
               coalesce(o.district_key::integer, 0)::smallint, coalesce(m.offers, 0),
               coalesce(m.seeks, 0), coalesce(m.themes, 0), coalesce(m.attributes, 0),
               coalesce(m.verified_attributes, 0),
               coalesce(map_visibility_code(pr.visibility), 0::smallint)
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
               visibility = EXCLUDED.visibility
         WHERE (p.deleted, p.kind, p.lng, p.lat, p.district, p.offers, p.seeks, p.themes,
                p.attributes, p.verified_attributes, p.visibility)
               IS DISTINCT FROM
               (false, EXCLUDED.kind, EXCLUDED.lng, EXCLUDED.lat, EXCLUDED.district,
                EXCLUDED.offers, EXCLUDED.seeks, EXCLUDED.themes, EXCLUDED.attributes,
                EXCLUDED.verified_attributes, EXCLUDED.visibility);

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
