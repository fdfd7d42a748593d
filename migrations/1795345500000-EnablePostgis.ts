import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EnablePostgis1795345500000 implements MigrationInterface {
  name = 'EnablePostgis1795345500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS postgis`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP EXTENSION IF EXISTS postgis`);
  }
}
