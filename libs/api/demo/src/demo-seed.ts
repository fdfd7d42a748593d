import type { DataSource, EntityManager } from 'typeorm';
import { latestCheckVersion, suggestMeasures } from '@bs/domain';
import { demoAssessments } from './demo-assessments';
import { demoOrganisations } from './demo-organisations';
import { DEMO_USERS, seedDemoUsers } from './demo-users';

export interface SeedResult {
  seeded: boolean;
  organisations: number;
  /** Demo accounts created now (0 when there were accounts already). */
  users: number;
}

/** The districts of the Rhein-Neckar region that the demo intermediaries serve. */
export const RHEIN_NECKAR_DISTRICTS = [
  '08221', // Heidelberg
  '08222', // Mannheim
  '08225', // Neckar-Odenwald-Kreis
  '08226', // Rhein-Neckar-Kreis
  '07311', // Frankenthal (Pfalz)
  '07314', // Ludwigshafen am Rhein
  '07318', // Speyer
  '07338', // Rhein-Pfalz-Kreis
  '06431', // Kreis Bergstraße
];

/**
 * Sets district and Land of organisations that have none yet from their location (point in
 * polygon). A no-op when the geodata is not imported.
 */
export async function assignDistricts(manager: EntityManager): Promise<void> {
  await manager.query(
    `UPDATE organisation o SET district_key = d.key, land_key = d.land_key
       FROM district d
      WHERE o.district_key IS NULL AND ST_Intersects(d.geom::geometry, o.location::geometry)`,
  );
}

/**
 * The demo accounts' organisations: the ZO account owns the first demo ZO, the KMU account
 * the first demo company, the intermediary account the volunteer agency, which serves the
 * Rhein-Neckar districts.
 */
async function linkDemoUsers(manager: EntityManager): Promise<void> {
  const organisations = demoOrganisations();
  const firstOf = (kind: string) => organisations.find((o) => o.kind === kind)?.name ?? '';
  const owned: [string, string][] = [
    [DEMO_USERS[0].email, firstOf('ZO')],
    [DEMO_USERS[1].email, firstOf('KMU')],
    [DEMO_USERS[2].email, firstOf('INTERMEDIARY')],
  ];
  await manager.query(
    `INSERT INTO membership (organisation_id, user_id, role)
     SELECT o.id, u.id, 'OWNER'
       FROM jsonb_to_recordset($1::jsonb) AS r(email text, organisation text)
       JOIN app_user u ON lower(u.email) = r.email
       JOIN organisation o ON o.name = r.organisation
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(owned.map(([email, organisation]) => ({ email, organisation })))],
  );
  await manager.query(
    `UPDATE organisation SET contact_person_name = u.display_name, contact_person_email = u.email,
            public_contact = 'info@' || split_part(u.email, '@', 2)
       FROM membership m JOIN app_user u ON u.id = m.user_id
      WHERE m.organisation_id = organisation.id AND u.email = ANY($1)`,
    [DEMO_USERS.map((u) => u.email)],
  );
  await seedDemoMeasures(manager, firstOf('ZO'));
  await manager.query(
    `INSERT INTO intermediary_district (organisation_id, district_key)
     SELECT o.id, d.key FROM organisation o JOIN district d ON d.key = ANY($1)
      WHERE o.kind = 'INTERMEDIARY' AND o.name = ANY($2)
     ON CONFLICT DO NOTHING`,
    [
      RHEIN_NECKAR_DISTRICTS,
      organisations.filter((o) => o.kind === 'INTERMEDIARY').map((o) => o.name),
    ],
  );
}

/**
 * A completed practice check for every demo ZO and KMU (varied, realistic answers), each
 * announced as `AssessmentCompleted` in the outbox like a check completed in the app, so the
 * API derives the profiles (and the match index) as soon as it runs.
 */
async function seedDemoAssessments(manager: EntityManager): Promise<void> {
  const rows = demoAssessments(demoOrganisations()).map((a) => ({
    name: a.organisationName,
    template: a.template,
    version: a.version,
    answers: a.answers,
    days: a.completedDaysAgo,
  }));
  await manager.query(
    `WITH completed AS (
       INSERT INTO assessment (organisation_id, template, version, status, answers, completed_at,
                               created_at, updated_at)
       SELECT o.id, r.template, r.version, 'COMPLETED', r.answers,
              now() - make_interval(days => r.days), now() - make_interval(days => r.days + 2),
              now() - make_interval(days => r.days)
         FROM jsonb_to_recordset($1::jsonb) AS r(name text, template text, version int, answers jsonb, days int)
         JOIN organisation o ON o.name = r.name
       RETURNING id, organisation_id, template, version)
     INSERT INTO domain_event (type, payload)
     SELECT 'AssessmentCompleted', jsonb_build_object('assessmentId', id,
            'organisationId', organisation_id, 'template', template, 'version', version)
       FROM completed`,
    [JSON.stringify(rows)],
  );
}

/** The demo ZO's measures plan: the first suggestions, one of them due for review. */
async function seedDemoMeasures(manager: EntityManager, organisationName: string): Promise<void> {
  const [assessment] = await manager.query<
    { id: string; answers: Parameters<typeof suggestMeasures>[1] }[]
  >(
    `SELECT a.id, a.answers FROM assessment a JOIN organisation o ON o.id = a.organisation_id
      WHERE o.name = $1 AND a.status = 'COMPLETED' ORDER BY a.completed_at DESC LIMIT 1`,
    [organisationName],
  );
  if (!assessment) return;
  const suggestions = suggestMeasures(latestCheckVersion('ZO'), assessment.answers).slice(0, 4);
  const day = (offset: number) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  await manager.query(
    `INSERT INTO measure (assessment_id, checkpoint, text, source_example, priority, responsible,
                          start_date, review_date, status, position)
     SELECT $1, r.checkpoint, r.text, r.example, r.priority::measure_priority, r.responsible,
            r.start::date, r.review::date, r.status::measure_status, r.position
       FROM jsonb_to_recordset($2::jsonb) AS r(checkpoint int, text text, example text, priority text,
            responsible text, start text, review text, status text, position int)`,
    [
      assessment.id,
      JSON.stringify(
        suggestions.map((s, i) => ({
          checkpoint: s.checkpoint,
          text: s.text.de,
          example: s.exampleCode,
          priority: s.priority,
          responsible: i % 2 === 0 ? 'Zoe Beispiel' : 'Vorstand',
          start: day(-60 + i * 10),
          review: day(i === 0 ? -3 : 30 + i * 30),
          status: i === 0 ? 'IN_PROGRESS' : 'OPEN',
          position: i + 1,
        })),
      ),
    ],
  );
}

/**
 * Seeds the demo region into an empty database, in one transaction: the organisations when
 * there are none, the demo accounts (with their organisations) when there are no accounts.
 * Anything already there is left untouched, so restarts never duplicate the demo.
 */
export async function seedDemoData(dataSource: DataSource): Promise<SeedResult> {
  return dataSource.transaction(async (manager) => {
    // Serialise concurrent seeders (several API instances starting at once).
    await manager.query(`LOCK TABLE organisation IN SHARE ROW EXCLUSIVE MODE`);
    const [{ count }] = await manager.query<[{ count: number }]>(
      `SELECT count(*)::int AS count FROM organisation`,
    );
    let organisations = count;
    if (count === 0) {
      const rows = demoOrganisations();
      await manager.query(
        `INSERT INTO organisation (kind, name, description, street, postcode, city, location)
         SELECT r.kind::organisation_kind, r.name, r.description, r.street, r.postcode, r.city,
                ST_SetSRID(ST_MakePoint(r.lng, r.lat), 4326)::geography
         FROM jsonb_to_recordset($1::jsonb) AS r(kind text, name text, description text,
              street text, postcode text, city text, lat float8, lng float8)`,
        [JSON.stringify(rows)],
      );
      organisations = rows.length;
      await seedDemoAssessments(manager);
    }
    await assignDistricts(manager);
    const users = await seedDemoUsers(manager);
    if (users > 0) await linkDemoUsers(manager);
    return { seeded: count === 0 || users > 0, organisations, users };
  });
}
