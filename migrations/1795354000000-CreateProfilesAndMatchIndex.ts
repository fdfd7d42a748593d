import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cooperation profiles (derived from completed checks plus adjustments by hand, with their
 * provenance) and the match index: one row per organisation with its profile as bit masks,
 * and one row per organisation × topic × direction with its location for nearest-first
 * candidate search through a GiST index over (key, location).
 */
export class CreateProfilesAndMatchIndex1795354000000 implements MigrationInterface {
  name = 'CreateProfilesAndMatchIndex1795354000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // GiST over a small integer and a geography column together.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(
      `CREATE TYPE profile_category AS ENUM ('TOPIC', 'THEME', 'ATTRIBUTE', 'REQUIRED_CRITERION', 'EXIT_CRITERION')`,
    );
    await queryRunner.query(`CREATE TYPE topic_direction AS ENUM ('OFFERS', 'SEEKS')`);
    await queryRunner.query(`
      CREATE TABLE profile (
        organisation_id uuid PRIMARY KEY,
        visibility jsonb NOT NULL DEFAULT '{}',
        radius_km smallint NOT NULL DEFAULT 30,
        require_verified boolean NOT NULL DEFAULT false,
        assessment_id uuid,
        check_template varchar(20),
        check_version integer,
        derived_at timestamptz,
        ratings char(7),
        readiness double precision,
        last_changes jsonb NOT NULL DEFAULT '[]',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT profile_organisation_id_fkey FOREIGN KEY (organisation_id)
          REFERENCES organisation (id) ON DELETE CASCADE,
        CONSTRAINT profile_assessment_id_fkey FOREIGN KEY (assessment_id)
          REFERENCES assessment (id) ON DELETE SET NULL,
        CONSTRAINT profile_radius_check CHECK (radius_km BETWEEN 1 AND 200),
        CONSTRAINT profile_ratings_check CHECK (ratings ~ '^[RYG]{7}$'),
        CONSTRAINT profile_readiness_check CHECK (readiness BETWEEN 0 AND 1)
      )`);
    await queryRunner.query(`
      CREATE TABLE profile_entry (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        organisation_id uuid NOT NULL,
        category profile_category NOT NULL,
        code varchar(60) NOT NULL,
        direction topic_direction,
        from_check boolean NOT NULL DEFAULT false,
        manual boolean NOT NULL DEFAULT false,
        hidden boolean NOT NULL DEFAULT false,
        examples text[] NOT NULL DEFAULT '{}',
        capacity_per_year smallint,
        lead_time_days smallint,
        group_size smallint,
        verified_by_organisation_id uuid,
        verified_by_user_id uuid,
        verified_at timestamptz,
        added_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT profile_entry_organisation_id_fkey FOREIGN KEY (organisation_id)
          REFERENCES profile (organisation_id) ON DELETE CASCADE,
        CONSTRAINT profile_entry_verified_by_organisation_id_fkey
          FOREIGN KEY (verified_by_organisation_id) REFERENCES organisation (id) ON DELETE SET NULL,
        CONSTRAINT profile_entry_verified_by_user_id_fkey FOREIGN KEY (verified_by_user_id)
          REFERENCES app_user (id) ON DELETE SET NULL,
        CONSTRAINT profile_entry_added_by_fkey FOREIGN KEY (added_by)
          REFERENCES app_user (id) ON DELETE SET NULL,
        CONSTRAINT profile_entry_direction_check CHECK ((category = 'TOPIC') = (direction IS NOT NULL)),
        CONSTRAINT profile_entry_source_check CHECK (from_check OR manual),
        CONSTRAINT profile_entry_hidden_check CHECK (NOT hidden OR (from_check AND NOT manual)),
        CONSTRAINT profile_entry_terms_check CHECK (
          (capacity_per_year IS NULL AND lead_time_days IS NULL AND group_size IS NULL)
          OR (category = 'TOPIC' AND direction = 'OFFERS')),
        CONSTRAINT profile_entry_capacity_check CHECK (capacity_per_year > 0),
        CONSTRAINT profile_entry_lead_time_check CHECK (lead_time_days >= 0),
        CONSTRAINT profile_entry_group_size_check CHECK (group_size > 0),
        CONSTRAINT profile_entry_verification_check CHECK (
          (verified_at IS NULL AND verified_by_organisation_id IS NULL AND verified_by_user_id IS NULL)
          OR (category = 'ATTRIBUTE' AND verified_at IS NOT NULL))
      )`);
    // One entry per item; a topic's direction is part of the item, other categories have none.
    await queryRunner.query(
      `CREATE UNIQUE INDEX profile_entry_item_key ON profile_entry (organisation_id, category, code, direction) NULLS NOT DISTINCT`,
    );

    await queryRunner.query(`
      CREATE TABLE match_profile (
        organisation_id uuid PRIMARY KEY,
        kind organisation_kind NOT NULL,
        location geography(Point, 4326) NOT NULL,
        radius_km smallint NOT NULL,
        offers integer NOT NULL DEFAULT 0,
        seeks integer NOT NULL DEFAULT 0,
        themes integer NOT NULL DEFAULT 0,
        attributes integer NOT NULL DEFAULT 0,
        verified_attributes integer NOT NULL DEFAULT 0,
        required_criteria integer[] NOT NULL DEFAULT '{}',
        require_verified boolean NOT NULL DEFAULT false,
        readiness double precision,
        ratings char(7),
        CONSTRAINT match_profile_organisation_id_fkey FOREIGN KEY (organisation_id)
          REFERENCES organisation (id) ON DELETE CASCADE,
        CONSTRAINT match_profile_kind_check CHECK (kind IN ('ZO', 'KMU'))
      )`);
    await queryRunner.query(
      `CREATE INDEX match_profile_location_gist ON match_profile USING gist (location)`,
    );
    await queryRunner.query(`
      CREATE TABLE match_topic (
        organisation_id uuid NOT NULL,
        key smallint NOT NULL,
        location geography(Point, 4326) NOT NULL,
        lead_time_days smallint,
        group_size smallint,
        CONSTRAINT match_topic_pkey PRIMARY KEY (organisation_id, key),
        CONSTRAINT match_topic_organisation_id_fkey FOREIGN KEY (organisation_id)
          REFERENCES match_profile (organisation_id) ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX match_topic_key_location_gist ON match_topic USING gist (key, location)`,
    );

    // The index follows an organisation that moves, in the same transaction as the move.
    await queryRunner.query(`
      CREATE FUNCTION match_index_follow_location() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE match_profile SET location = NEW.location WHERE organisation_id = NEW.id;
        UPDATE match_topic SET location = NEW.location WHERE organisation_id = NEW.id;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER organisation_location_to_match_index
        AFTER UPDATE OF location ON organisation
        FOR EACH ROW WHEN (OLD.location IS DISTINCT FROM NEW.location)
        EXECUTE FUNCTION match_index_follow_location()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER organisation_location_to_match_index ON organisation`);
    await queryRunner.query(`DROP FUNCTION match_index_follow_location()`);
    await queryRunner.query(`DROP TABLE match_topic`);
    await queryRunner.query(`DROP TABLE match_profile`);
    await queryRunner.query(`DROP TABLE profile_entry`);
    await queryRunner.query(`DROP TABLE profile`);
    await queryRunner.query(`DROP TYPE topic_direction`);
    await queryRunner.query(`DROP TYPE profile_category`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS btree_gist`);
  }
}
