import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every column that refers to a user gets an index (partial: most rows of the large tables
 * name no user, e.g. entries derived from a check), so deleting an account finds the rows to
 * update through indexes. Without them `DELETE FROM app_user` scanned `assessment` and
 * `profile_entry` in full: 15 s at the national scale of the benchmark database.
 */
export const USER_REFERENCES = [
  ['assessment', 'started_by'],
  ['assessment', 'completed_by'],
  ['profile_entry', 'added_by'],
  ['profile_entry', 'verified_by_user_id'],
  ['match_exclusion', 'created_by'],
  ['invitation', 'invited_by'],
  ['invitation', 'accepted_by'],
  ['consultant_grant', 'consultant_id'],
  ['consultant_grant', 'granted_by'],
  ['audit_log', 'actor_id'],
] as const;

export const userReferenceIndex = (table: string, column: string) => `${table}_${column}_idx`;

export class IndexUserReferences1795359000000 implements MigrationInterface {
  name = 'IndexUserReferences1795359000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of USER_REFERENCES) {
      await queryRunner.query(
        `CREATE INDEX ${userReferenceIndex(table, column)} ON ${table} (${column})
          WHERE ${column} IS NOT NULL`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of [...USER_REFERENCES].reverse()) {
      await queryRunner.query(`DROP INDEX ${userReferenceIndex(table, column)}`);
    }
  }
}
