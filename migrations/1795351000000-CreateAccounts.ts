import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * User accounts, their sessions and one-time tokens (email verification, password reset).
 * Emails are unique regardless of case (`lower(email)`; citext is not available everywhere).
 * Sessions and tokens store only the SHA-256 of the secret the user holds, and disappear
 * with their user.
 */
export class CreateAccounts1795351000000 implements MigrationInterface {
  name = 'CreateAccounts1795351000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE user_locale AS ENUM ('de', 'en')`);
    await queryRunner.query(`CREATE TYPE platform_role AS ENUM ('USER', 'ADMIN')`);
    await queryRunner.query(
      `CREATE TYPE user_token_purpose AS ENUM ('VERIFY_EMAIL', 'RESET_PASSWORD')`,
    );
    await queryRunner.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        password_hash varchar(255) NOT NULL,
        display_name varchar(100) NOT NULL,
        locale user_locale NOT NULL DEFAULT 'de',
        email_verified_at timestamptz,
        platform_role platform_role NOT NULL DEFAULT 'USER',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_email_check CHECK (email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
        CONSTRAINT app_user_display_name_check CHECK (length(btrim(display_name)) > 0)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email))`);
    await queryRunner.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        token_hash char(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        user_agent varchar(512),
        CONSTRAINT user_session_user_id_fkey FOREIGN KEY (user_id)
          REFERENCES app_user (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX user_session_token_hash_key ON user_session (token_hash)`,
    );
    await queryRunner.query(`CREATE INDEX user_session_user_id_idx ON user_session (user_id)`);
    await queryRunner.query(`
      CREATE TABLE user_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        purpose user_token_purpose NOT NULL,
        token_hash char(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CONSTRAINT user_token_user_id_fkey FOREIGN KEY (user_id)
          REFERENCES app_user (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX user_token_token_hash_key ON user_token (token_hash)`,
    );
    await queryRunner.query(
      `CREATE INDEX user_token_user_id_purpose_idx ON user_token (user_id, purpose)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE user_token`);
    await queryRunner.query(`DROP TABLE user_session`);
    await queryRunner.query(`DROP TABLE app_user`);
    await queryRunner.query(`DROP TYPE user_token_purpose`);
    await queryRunner.query(`DROP TYPE platform_role`);
    await queryRunner.query(`DROP TYPE user_locale`);
  }
}
