import type { DataSource } from 'typeorm';
import { demoOrganisations } from './demo-organisations';

export interface SeedResult {
  seeded: boolean;
  organisations: number;
}

/**
 * Seeds the demo region into an empty database, in one transaction. A database that already
 * holds organisations is left untouched, so restarts never duplicate the demo.
 */
export async function seedDemoData(dataSource: DataSource): Promise<SeedResult> {
  return dataSource.transaction(async (manager) => {
    // Serialise concurrent seeders (several API instances starting at once).
    await manager.query(`LOCK TABLE organisation IN SHARE ROW EXCLUSIVE MODE`);
    const [{ count }] = await manager.query<[{ count: number }]>(
      `SELECT count(*)::int AS count FROM organisation`,
    );
    if (count > 0) return { seeded: false, organisations: count };
    const rows = demoOrganisations();
    await manager.query(
      `INSERT INTO organisation (kind, name, description, street, postcode, city, location)
       SELECT r.kind::organisation_kind, r.name, r.description, r.street, r.postcode, r.city,
              ST_SetSRID(ST_MakePoint(r.lng, r.lat), 4326)::geography
       FROM jsonb_to_recordset($1::jsonb) AS r(kind text, name text, description text,
            street text, postcode text, city text, lat float8, lng float8)`,
      [JSON.stringify(rows)],
    );
    return { seeded: true, organisations: rows.length };
  });
}
