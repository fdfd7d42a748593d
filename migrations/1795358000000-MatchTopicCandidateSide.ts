import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The columns of `match_profile` that ranking reads for each candidate, copied to its topic rows. */
const SIDE = [
  ['radius_km', 'smallint', '0'],
  ['offers', 'integer', '0'],
  ['seeks', 'integer', '0'],
  ['themes', 'integer', '0'],
  ['attributes', 'integer', '0'],
  ['verified_attributes', 'integer', '0'],
  ['required_criteria', 'integer[]', `'{}'`],
  ['require_verified', 'boolean', 'false'],
] as const;

/**
 * Each `match_topic` row carries its organisation's side of a match (radius, masks, required
 * criteria, readiness), so ranking scores the candidates found by the nearest-first walk
 * without a lookup per candidate in `match_profile`. The copy is kept by `MatchIndexWriter`
 * (from the `match_profile` row it writes in the same statement sequence); existing rows are
 * filled here from `match_profile` in the same transaction, so the index is never half-filled.
 */
export class MatchTopicCandidateSide1795358000000 implements MigrationInterface {
  name = 'MatchTopicCandidateSide1795358000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Temporary defaults make adding the NOT NULL columns cheap; the copy below fills them.
    await queryRunner.query(
      `ALTER TABLE match_topic ${SIDE.map(([column, type, fill]) => `ADD ${column} ${type} NOT NULL DEFAULT ${fill}`).join(', ')}, ADD readiness double precision`,
    );
    await queryRunner.query(
      `UPDATE match_topic t
          SET ${[...SIDE.map(([column]) => column), 'readiness'].map((c) => `${c} = p.${c}`).join(', ')}
         FROM match_profile p WHERE p.organisation_id = t.organisation_id`,
    );
    await queryRunner.query(
      `ALTER TABLE match_topic ${SIDE.map(([column]) => `ALTER ${column} DROP DEFAULT`).join(', ')}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE match_topic ${[...SIDE.map(([column]) => column), 'readiness'].map((c) => `DROP COLUMN ${c}`).join(', ')}`,
    );
  }
}
