import 'reflect-metadata';
import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserSessionEntity } from './user-session.entity';
import { UserTokenEntity } from './user-token.entity';
import { UserEntity } from './user.entity';

describe('account tables', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await startTestDatabase();
    dataSource = new DataSource({
      type: 'postgres',
      url: db.url,
      entities: [UserEntity, UserSessionEntity, UserTokenEntity],
      installExtensions: false,
      extra: { max: 2 },
    });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.stop();
  });

  it('match the entities exactly (the migration and the mapping agree)', async () => {
    const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
    expect(upQueries.map((q) => q.query)).toEqual([]);
  });

  it('delete sessions and tokens with their user', async () => {
    const [{ id }] = await dataSource.query<[{ id: string }]>(
      `INSERT INTO app_user (email, password_hash, display_name) VALUES ('a@b.de', 'x', 'A')
       RETURNING id`,
    );
    await dataSource.query(
      `INSERT INTO user_session (user_id, token_hash, expires_at)
       VALUES ($1, repeat('a', 64), now() + interval '1 day')`,
      [id],
    );
    await dataSource.query(
      `INSERT INTO user_token (user_id, purpose, token_hash, expires_at)
       VALUES ($1, 'VERIFY_EMAIL', repeat('b', 64), now() + interval '1 day')`,
      [id],
    );
    await dataSource.query(`DELETE FROM app_user WHERE id = $1`, [id]);
    const left = await dataSource.query<{ n: number }[]>(
      `SELECT (SELECT count(*) FROM user_session)::int + (SELECT count(*) FROM user_token)::int AS n`,
    );
    expect(left).toEqual([{ n: 0 }]);
  });

  it('refuse malformed emails and blank display names', async () => {
    const insert = (email: string, name: string) =>
      dataSource.query(
        `INSERT INTO app_user (email, password_hash, display_name) VALUES ($1, 'x', $2)`,
        [email, name],
      );
    await expect(insert('no-at-sign', 'A')).rejects.toThrow(/app_user_email_check/);
    await expect(insert('c@d.de', '  ')).rejects.toThrow(/app_user_display_name_check/);
  });
});
