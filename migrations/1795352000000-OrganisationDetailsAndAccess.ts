import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisation details (legal form, region, size, sector, contacts), memberships with roles,
 * invitations, consultant grants, intermediaries' districts and the audit log.
 */
export class OrganisationDetailsAndAccess1795352000000 implements MigrationInterface {
  name = 'OrganisationDetailsAndAccess1795352000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE organisation
        ADD COLUMN legal_form varchar(80),
        ADD COLUMN website varchar(300),
        ADD COLUMN district_key char(5) REFERENCES district (key),
        ADD COLUMN land_key char(2) REFERENCES land (key),
        ADD COLUMN employee_band varchar(20),
        ADD COLUMN volunteer_band varchar(20),
        ADD COLUMN staff_band varchar(20),
        ADD COLUMN wz_section char(1),
        ADD COLUMN engagement_field varchar(20),
        ADD COLUMN public_contact varchar(300),
        ADD COLUMN contact_person_name varchar(200),
        ADD COLUMN contact_person_email varchar(320),
        ADD COLUMN contact_person_phone varchar(50)`);
    await queryRunner.query(
      `CREATE INDEX organisation_district_idx ON organisation (district_key)`,
    );
    await queryRunner.query(`CREATE TYPE membership_role AS ENUM ('OWNER', 'EDITOR', 'VIEWER')`);
    await queryRunner.query(`
      CREATE TABLE membership (
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        role membership_role NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, user_id)
      )`);
    await queryRunner.query(`CREATE INDEX membership_user_idx ON membership (user_id)`);
    await queryRunner.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        email varchar(320) NOT NULL,
        role membership_role NOT NULL,
        token_hash char(64) NOT NULL,
        invited_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX invitation_token_hash_key ON invitation (token_hash)`,
    );
    await queryRunner.query(
      `CREATE INDEX invitation_organisation_idx ON invitation (organisation_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE consultant_grant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        consultant_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        granted_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX consultant_grant_lookup_idx ON consultant_grant (organisation_id, consultant_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE intermediary_district (
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        district_key char(5) NOT NULL REFERENCES district (key),
        PRIMARY KEY (organisation_id, district_key)
      )`);
    await queryRunner.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        action varchar(60) NOT NULL,
        organisation_id uuid REFERENCES organisation (id) ON DELETE SET NULL,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await queryRunner.query(
      `CREATE INDEX audit_log_organisation_idx ON audit_log (organisation_id, occurred_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_log`);
    await queryRunner.query(`DROP TABLE intermediary_district`);
    await queryRunner.query(`DROP TABLE consultant_grant`);
    await queryRunner.query(`DROP TABLE invitation`);
    await queryRunner.query(`DROP TABLE membership`);
    await queryRunner.query(`DROP TYPE membership_role`);
    await queryRunner.query(`DROP INDEX organisation_district_idx`);
    await queryRunner.query(`
      ALTER TABLE organisation
        DROP COLUMN legal_form, DROP COLUMN website, DROP COLUMN district_key, DROP COLUMN land_key,
        DROP COLUMN employee_band, DROP COLUMN volunteer_band, DROP COLUMN staff_band,
        DROP COLUMN wz_section, DROP COLUMN engagement_field, DROP COLUMN public_contact,
        DROP COLUMN contact_person_name, DROP COLUMN contact_person_email,
        DROP COLUMN contact_person_phone`);
  }
}
