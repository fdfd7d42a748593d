import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from 'argon2';
import { resolve } from 'node:path';
import { importGeodata } from '@bs/api/regions';
import { RHEIN_NECKAR_DISTRICTS, seedDemoData } from './demo-seed';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoUsers } from './demo-users';

describe('seedDemoData', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await startTestDatabase();
    dataSource = new DataSource({ type: 'postgres', url: db.url, installExtensions: false });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.stop();
  });

  it('fills an empty database once, around Mannheim, and leaves a populated one alone', async () => {
    await dataSource.query(`DELETE FROM app_user`);
    expect(await seedDemoData(dataSource)).toEqual({ seeded: true, organisations: 102, users: 3 });
    expect(await seedDemoData(dataSource)).toEqual({
      seeded: false,
      organisations: 102,
      users: 0,
    });
    const rows = await dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM organisation
       WHERE ST_DWithin(location, ST_SetSRID(ST_MakePoint(8.466, 49.4875), 4326)::geography, 60000)`,
    );
    expect(rows).toEqual([{ n: 102 }]);
  });

  it('creates three verified demo accounts sharing one argon2id-hashed password, once', async () => {
    await dataSource.query(`DELETE FROM app_user`);
    expect(await seedDemoUsers(dataSource)).toBe(3);
    expect(await seedDemoUsers(dataSource)).toBe(0);
    const users = await dataSource.query<
      { email: string; password_hash: string; verified: boolean; platform_role: string }[]
    >(
      `SELECT email, password_hash, email_verified_at IS NOT NULL AS verified, platform_role
       FROM app_user ORDER BY email`,
    );
    expect(users.map((u) => u.email)).toEqual(DEMO_USERS.map((u) => u.email).sort());
    for (const user of users) {
      expect(user).toMatchObject({ verified: true, platform_role: 'USER' });
      expect(user.password_hash).toMatch(/^\$argon2id\$/);
      expect(await verify(user.password_hash, DEMO_PASSWORD)).toBe(true);
    }
    expect(new Set(users.map((u) => u.password_hash)).size).toBe(3);
  });
});

describe('seedDemoData with the geodata imported', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await startTestDatabase();
    dataSource = new DataSource({ type: 'postgres', url: db.url, installExtensions: false });
    await dataSource.initialize();
    await importGeodata(
      dataSource,
      process.env['GEO_DATA_DIR'] ?? resolve(import.meta.dirname, '../../../../../shared/data/geo'),
    );
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.stop();
  });

  it('places every organisation in its district and gives each demo account its organisation', async () => {
    await dataSource.query(`DELETE FROM app_user`);
    await seedDemoData(dataSource);
    const unplaced = await dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM organisation WHERE district_key IS NULL OR land_key IS NULL`,
    );
    expect(unplaced).toEqual([{ n: 0 }]);
    const mannheim = await dataSource.query<{ district_key: string }[]>(
      `SELECT district_key FROM organisation WHERE city = 'Mannheim' GROUP BY district_key`,
    );
    expect(mannheim).toEqual([{ district_key: '08222' }]);
    const owners = await dataSource.query<{ email: string; kind: string }[]>(
      `SELECT u.email, o.kind FROM membership m JOIN app_user u ON u.id = m.user_id
         JOIN organisation o ON o.id = m.organisation_id WHERE m.role = 'OWNER' ORDER BY u.email`,
    );
    expect(owners).toEqual([
      { email: 'kmu@demo.brueckenschlag.de', kind: 'KMU' },
      { email: 'vermittlung@demo.brueckenschlag.de', kind: 'INTERMEDIARY' },
      { email: 'zo@demo.brueckenschlag.de', kind: 'ZO' },
    ]);
    const served = await dataSource.query<{ district_key: string }[]>(
      `SELECT DISTINCT i.district_key FROM intermediary_district i ORDER BY 1`,
    );
    expect(served.map((r) => r.district_key)).toEqual([...RHEIN_NECKAR_DISTRICTS].sort());
    const checks = await dataSource.query<{ status: string; n: number }[]>(
      `SELECT status, count(*)::int AS n FROM assessment GROUP BY status`,
    );
    expect(checks).toEqual([{ status: 'COMPLETED', n: 100 }]);
    const plan = await dataSource.query<{ n: number; due: number }[]>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE review_date <= current_date)::int AS due
         FROM measure m JOIN assessment a ON a.id = m.assessment_id
         JOIN membership ms ON ms.organisation_id = a.organisation_id
         JOIN app_user u ON u.id = ms.user_id WHERE u.email = 'zo@demo.brueckenschlag.de'`,
    );
    expect(plan).toEqual([{ n: 4, due: 1 }]);
  });
});
