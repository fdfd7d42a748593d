import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import type { Relation } from '@bs/domain';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PolicyService } from './policy.service';

describe('PolicyService (relations from the database)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let policy: PolicyService;
  const ids: Record<string, string> = {};

  const user = async (name: string) => {
    const [row] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO app_user (email, password_hash, display_name) VALUES ($1, 'x', $2) RETURNING id`,
      [`${name}-${randomUUID()}@example.org`, name],
    );
    return row.id;
  };
  const organisation = async (kind: string, district: string | null) => {
    const [row] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO organisation (kind, name, postcode, city, location, district_key)
       VALUES ($1, $2, '68159', 'Mannheim', ST_SetSRID(ST_MakePoint(8.47, 49.49), 4326)::geography, $3)
       RETURNING id`,
      [kind, `${kind} ${randomUUID()}`, district],
    );
    return row.id;
  };

  beforeAll(async () => {
    db = await startTestDatabase();
    dataSource = new DataSource({ type: 'postgres', url: db.url, installExtensions: false });
    await dataSource.initialize();
    policy = new PolicyService(dataSource);
    // Two districts without importing the whole geodata set.
    await dataSource.query(`INSERT INTO land (key, name, geom) VALUES ('08', 'Baden-Württemberg',
      ST_Multi(ST_MakeEnvelope(7, 47, 10, 50, 4326))::geography) ON CONFLICT DO NOTHING`);
    await dataSource.query(`INSERT INTO district (key, name, type, land_key, geom) VALUES
      ('08222', 'Mannheim', 'Stadtkreis', '08', ST_Multi(ST_MakeEnvelope(8.4, 49.4, 8.6, 49.6, 4326))::geography),
      ('08221', 'Heidelberg', 'Stadtkreis', '08', ST_Multi(ST_MakeEnvelope(8.6, 49.35, 8.8, 49.45, 4326))::geography)
      ON CONFLICT DO NOTHING`);
    ids['target'] = await organisation('ZO', '08222');
    for (const name of [
      'owner',
      'viewer',
      'consultant',
      'expired',
      'revoked',
      'inside',
      'outside',
      'nobody',
    ]) {
      ids[name] = await user(name);
    }
    await dataSource.query(
      `INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, 'OWNER'), ($1, $3, 'VIEWER')`,
      [ids['target'], ids['owner'], ids['viewer']],
    );
    await dataSource.query(
      `INSERT INTO consultant_grant (organisation_id, consultant_id, expires_at, revoked_at) VALUES
       ($1, $2, now() + interval '1 day', NULL),
       ($1, $3, now() - interval '1 second', NULL),
       ($1, $4, now() + interval '1 day', now())`,
      [ids['target'], ids['consultant'], ids['expired'], ids['revoked']],
    );
    const inside = await organisation('INTERMEDIARY', '08222');
    const outside = await organisation('INTERMEDIARY', '08221');
    // A KMU serving the district does not count: only intermediaries broker.
    const kmu = await organisation('KMU', '08222');
    await dataSource.query(
      `INSERT INTO intermediary_district VALUES ($1, '08222'), ($2, '08221'), ($3, '08222')`,
      [inside, outside, kmu],
    );
    await dataSource.query(
      `INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, 'VIEWER'), ($3, $4, 'OWNER'), ($5, $4, 'OWNER')`,
      [inside, ids['inside'], outside, ids['outside'], kmu],
    );
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.stop();
  });

  const relations = (name: string, platformRole: 'USER' | 'ADMIN' = 'USER'): Promise<Relation[]> =>
    policy.relations({ userId: ids[name], platformRole }, ids['target']);

  it('finds membership roles', async () => {
    expect(await relations('owner')).toEqual(['OWNER']);
    expect(await relations('viewer')).toEqual(['VIEWER']);
  });

  it('counts only active consultant grants', async () => {
    expect(await relations('consultant')).toEqual(['CONSULTANT']);
    expect(await relations('expired')).toEqual([]);
    expect(await relations('revoked')).toEqual([]);
  });

  it("finds intermediaries serving the organisation's district, and only those", async () => {
    expect(await relations('inside')).toEqual(['INTERMEDIARY']);
    expect(await relations('outside')).toEqual([]);
  });

  it('adds the platform administrator relation', async () => {
    expect(await relations('nobody', 'ADMIN')).toEqual(['ADMIN']);
    expect(await relations('nobody')).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown organisation and UNAUTHENTICATED for nobody', async () => {
    await expect(policy.relations(null, randomUUID())).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    await expect(
      policy.authorize(null, 'organisation.update', ids['target']),
    ).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await expect(
      policy.authorize(
        { userId: ids['viewer'], platformRole: 'USER' },
        'organisation.update',
        ids['target'],
      ),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(
      policy.authorize(
        { userId: ids['owner'], platformRole: 'USER' },
        'organisation.update',
        ids['target'],
      ),
    ).resolves.toEqual(['OWNER']);
  });
});
