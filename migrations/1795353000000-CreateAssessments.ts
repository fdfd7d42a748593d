import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Practice-check assessments (drafts and completed history), their measures plans, and the
 * outbox of domain events written in the same transaction as the change they announce.
 */
export class CreateAssessments1795353000000 implements MigrationInterface {
  name = 'CreateAssessments1795353000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE assessment_status AS ENUM ('DRAFT', 'COMPLETED')`);
    await queryRunner.query(`
      CREATE TABLE assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        template varchar(20) NOT NULL,
        version integer NOT NULL,
        status assessment_status NOT NULL DEFAULT 'DRAFT',
        answers jsonb NOT NULL,
        revision integer NOT NULL DEFAULT 1,
        previous_id uuid,
        started_by uuid,
        completed_by uuid,
        completed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT assessment_organisation_id_fkey FOREIGN KEY (organisation_id)
          REFERENCES organisation (id) ON DELETE CASCADE,
        CONSTRAINT assessment_previous_id_fkey FOREIGN KEY (previous_id)
          REFERENCES assessment (id) ON DELETE SET NULL,
        CONSTRAINT assessment_started_by_fkey FOREIGN KEY (started_by)
          REFERENCES app_user (id) ON DELETE SET NULL,
        CONSTRAINT assessment_completed_by_fkey FOREIGN KEY (completed_by)
          REFERENCES app_user (id) ON DELETE SET NULL,
        CONSTRAINT assessment_completed_check CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX assessment_organisation_idx ON assessment (organisation_id, created_at)`,
    );
    // At most one draft per organisation: a second "start" continues the open one.
    await queryRunner.query(
      `CREATE UNIQUE INDEX assessment_one_draft_key ON assessment (organisation_id) WHERE status = 'DRAFT'`,
    );
    await queryRunner.query(`CREATE TYPE measure_priority AS ENUM ('HIGH', 'MEDIUM', 'LOW')`);
    await queryRunner.query(`CREATE TYPE measure_status AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE')`);
    await queryRunner.query(`
      CREATE TABLE measure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assessment_id uuid NOT NULL,
        checkpoint smallint NOT NULL CHECK (checkpoint BETWEEN 1 AND 7),
        text varchar(500) NOT NULL CHECK (length(btrim(text)) > 0),
        source_example varchar(80),
        priority measure_priority NOT NULL DEFAULT 'MEDIUM',
        responsible varchar(200),
        start_date date,
        review_date date,
        status measure_status NOT NULL DEFAULT 'OPEN',
        position integer NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT measure_assessment_id_fkey FOREIGN KEY (assessment_id)
          REFERENCES assessment (id) ON DELETE CASCADE,
        CONSTRAINT measure_review_after_start_check
          CHECK (review_date IS NULL OR start_date IS NULL OR review_date >= start_date)
      )`);
    await queryRunner.query(
      `CREATE INDEX measure_assessment_idx ON measure (assessment_id, position)`,
    );
    await queryRunner.query(
      `CREATE INDEX measure_review_due_idx ON measure (review_date) WHERE status <> 'DONE'`,
    );
    await queryRunner.query(`
      CREATE TABLE domain_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        type varchar(80) NOT NULL,
        payload jsonb NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        processed_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX domain_event_pending_idx ON domain_event (id) WHERE processed_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE domain_event`);
    await queryRunner.query(`DROP TABLE measure`);
    await queryRunner.query(`DROP TYPE measure_status`);
    await queryRunner.query(`DROP TYPE measure_priority`);
    await queryRunner.query(`DROP TABLE assessment`);
    await queryRunner.query(`DROP TYPE assessment_status`);
  }
}
