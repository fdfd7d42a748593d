import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrganisation1795345600000 implements MigrationInterface {
  name = 'CreateOrganisation1795345600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE organisation_kind AS ENUM ('ZO', 'KMU', 'INTERMEDIARY')`);
    await queryRunner.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind organisation_kind NOT NULL,
        name varchar(200) NOT NULL CHECK (length(btrim(name)) > 0),
        description text,
        street varchar(200),
        postcode char(5) NOT NULL CHECK (postcode ~ '^[0-9]{5}$'),
        city varchar(120) NOT NULL,
        location geography(Point, 4326) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(
      `CREATE INDEX organisation_location_gist ON organisation USING gist (location)`,
    );
    await queryRunner.query(`CREATE INDEX organisation_kind_idx ON organisation (kind)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE organisation`);
    await queryRunner.query(`DROP TYPE organisation_kind`);
  }
}
