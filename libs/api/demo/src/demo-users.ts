import { argon2id, hash } from 'argon2';
import { EntityManager, type DataSource } from 'typeorm';

/** The one password of every demo account; public on purpose (demo installations only). */
export const DEMO_PASSWORD = 'Brueckenschlag-Demo-2026';

/** Verified demo accounts; their memberships to demo organisations are added separately. */
export const DEMO_USERS = [
  { email: 'zo@demo.brueckenschlag.de', displayName: 'Zoe Beispiel (ZO)' },
  { email: 'kmu@demo.brueckenschlag.de', displayName: 'Karl Muster (KMU)' },
  { email: 'vermittlung@demo.brueckenschlag.de', displayName: 'Vera Mittler (Vermittlung)' },
] as const;

/**
 * Creates the demo accounts (verified, German, USER) when there are no accounts at all and
 * returns how many it created. With a DataSource it runs in its own transaction; with an
 * EntityManager inside the caller's. Passwords are hashed with argon2id like real ones.
 */
export async function seedDemoUsers(db: DataSource | EntityManager): Promise<number> {
  if (!(db instanceof EntityManager)) {
    return db.transaction((manager) => seedDemoUsers(manager));
  }
  const manager = db;
  await manager.query(`LOCK TABLE app_user IN SHARE ROW EXCLUSIVE MODE`);
  const [{ count }] = await manager.query<[{ count: number }]>(
    `SELECT count(*)::int AS count FROM app_user`,
  );
  if (count > 0) return 0;
  // Same parameters as the accounts library (argon2id, 19 MiB, 2 passes, 1 lane).
  const rows = await Promise.all(
    DEMO_USERS.map(async (user) => ({
      ...user,
      passwordHash: await hash(DEMO_PASSWORD, {
        type: argon2id,
        memoryCost: 19_456,
        timeCost: 2,
        parallelism: 1,
      }),
    })),
  );
  await manager.query(
    `INSERT INTO app_user (email, password_hash, display_name, locale, email_verified_at)
     SELECT r.email, r."passwordHash", r."displayName", 'de', now()
     FROM jsonb_to_recordset($1::jsonb) AS r(email text, "passwordHash" text, "displayName" text)`,
    [JSON.stringify(rows)],
  );
  return rows.length;
}
