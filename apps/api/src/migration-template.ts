const indent = (queries: string[]) =>
  queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');

/** Source of a TypeORM migration class with the given SQL. */
export function renderMigration(className: string, up: string[], down: string[]): string {
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${indent(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${indent(down)}
  }
}
`;
}
