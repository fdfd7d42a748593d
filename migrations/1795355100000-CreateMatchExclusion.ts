import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partners excluded from an organisation's matches, with the reason: "not interested"
 * (set and undone by the organisation) or an ended cooperation (written by agreements).
 * A pair is blocked in both directions; the second index serves the reverse lookup.
 */
export class CreateMatchExclusion1795355100000 implements MigrationInterface {
  name = 'CreateMatchExclusion1795355100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE match_exclusion_reason AS ENUM ('NOT_INTERESTED', 'ENDED')`,
    );
    await queryRunner.query(`
      CREATE TABLE match_exclusion (
        organisation_id uuid NOT NULL,
        partner_id uuid NOT NULL,
        reason match_exclusion_reason NOT NULL,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT match_exclusion_pkey PRIMARY KEY (organisation_id, partner_id, reason),
        CONSTRAINT match_exclusion_organisation_id_fkey FOREIGN KEY (organisation_id)
          REFERENCES organisation (id) ON DELETE CASCADE,
        CONSTRAINT match_exclusion_partner_id_fkey FOREIGN KEY (partner_id)
          REFERENCES organisation (id) ON DELETE CASCADE,
        CONSTRAINT match_exclusion_created_by_fkey FOREIGN KEY (created_by)
          REFERENCES app_user (id) ON DELETE SET NULL,
        CONSTRAINT match_exclusion_pair_check CHECK (organisation_id <> partner_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX match_exclusion_partner_idx ON match_exclusion (partner_id, organisation_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE match_exclusion`);
    await queryRunner.query(`DROP TYPE match_exclusion_reason`);
  }
}
