import { createHash, randomBytes } from 'node:crypto';
import { latestCheckVersion } from '@bs/domain';
import { Client } from 'pg';

/** Every kind of actor the authorization matrix tries. */
export const ROLES = [
  'anonymous',
  'otherMember',
  'viewer',
  'editor',
  'owner',
  'consultant',
  'consultantNoGrant',
  'intermediaryInside',
  'intermediaryOutside',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** An argon2id hash of MATRIX_PASSWORD, made once (hashing is deliberately slow). */
export const MATRIX_PASSWORD = 'Matrix-Passwort-2026!';

export interface Target {
  organisationId: string;
}

/**
 * The people and organisations of the authorization matrix, written straight into the test
 * database: one user per role with a session cookie, and target organisations (in Mannheim,
 * district 08222) to which each role has its relation.
 */
export class MatrixWorld {
  readonly users = new Map<Role, { id: string; email: string; cookie: string }>();
  private otherOrganisationId = '';
  private insideIntermediaryId = '';
  private outsideIntermediaryId = '';
  private counter = 0;

  private constructor(
    private readonly db: Client,
    private readonly passwordHash: string,
  ) {}

  static async create(databaseUrl: string, passwordHash: string): Promise<MatrixWorld> {
    const db = new Client({ connectionString: databaseUrl });
    // The test database is dropped at the end; a late termination notice is expected then.
    db.on('error', () => undefined);
    await db.connect();
    const world = new MatrixWorld(db, passwordHash);
    await world.setUp();
    return world;
  }

  async close(): Promise<void> {
    await this.db.end();
  }

  query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.db.query(sql, params).then((r) => r.rows as T[]);
  }

  private async insertOrganisation(
    kind: string,
    name: string,
    lng: number,
    lat: number,
    district: string,
  ) {
    const [row] = await this.query<{ id: string }>(
      `INSERT INTO organisation (kind, name, postcode, city, location, district_key, land_key,
                                 contact_person_name, contact_person_email)
       VALUES ($1, $2, '68159', 'Mannheim', ST_SetSRID(ST_MakePoint($3, $4), 4326)::geography,
               $5::char(5), left($5::text, 2), 'Erika Muster', 'erika@example.org')
       RETURNING id`,
      [kind, name, lng, lat, district],
    );
    return row.id;
  }

  async createUser(label: string, platformRole: 'USER' | 'ADMIN' = 'USER') {
    const email = `${label}-${randomBytes(4).toString('hex')}@matrix.example`;
    const [user] = await this.query<{ id: string }>(
      `INSERT INTO app_user (email, password_hash, display_name, email_verified_at, platform_role)
       VALUES ($1, $2, $3, now(), $4) RETURNING id`,
      [email, this.passwordHash, label, platformRole],
    );
    const token = randomBytes(32).toString('base64url');
    await this.query(
      `INSERT INTO user_session (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`,
      [user.id, hash(token)],
    );
    return { id: user.id, email, cookie: `bs_session=${token}` };
  }

  private async setUp(): Promise<void> {
    for (const role of ROLES) {
      if (role === 'anonymous') continue;
      this.users.set(role, await this.createUser(role, role === 'admin' ? 'ADMIN' : 'USER'));
    }
    this.otherOrganisationId = await this.insertOrganisation(
      'KMU',
      'Andere GmbH',
      8.6,
      49.4,
      '08221',
    );
    await this.member(this.otherOrganisationId, 'otherMember', 'OWNER');
    this.insideIntermediaryId = await this.insertOrganisation(
      'INTERMEDIARY',
      'Freiwilligenagentur Mannheim',
      8.47,
      49.49,
      '08222',
    );
    await this.query(`INSERT INTO intermediary_district VALUES ($1, '08222'), ($1, '08221')`, [
      this.insideIntermediaryId,
    ]);
    await this.member(this.insideIntermediaryId, 'intermediaryInside', 'EDITOR');
    this.outsideIntermediaryId = await this.insertOrganisation(
      'INTERMEDIARY',
      'Ehrenamtsbüro Berlin',
      13.4,
      52.52,
      '11000',
    );
    await this.query(`INSERT INTO intermediary_district VALUES ($1, '11000')`, [
      this.outsideIntermediaryId,
    ]);
    await this.member(this.outsideIntermediaryId, 'intermediaryOutside', 'OWNER');
  }

  private async member(
    organisationId: string,
    role: Role,
    membership: 'OWNER' | 'EDITOR' | 'VIEWER',
  ) {
    await this.query(
      `INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, $3)`,
      [organisationId, this.user(role).id, membership],
    );
  }

  user(role: Role) {
    const user = this.users.get(role);
    if (!user) throw new Error(`no user for ${role}`);
    return user;
  }

  cookie(role: Role): string | undefined {
    return role === 'anonymous' ? undefined : this.user(role).cookie;
  }

  /** A new intermediary in Mannheim that serves no district yet (for region changes). */
  newIntermediary(): Promise<string> {
    this.counter += 1;
    return this.insertOrganisation(
      'INTERMEDIARY',
      `Neue Vermittlung ${this.counter}`,
      8.47,
      49.49,
      '08222',
    );
  }

  /** The intermediary organisation `role` would act for (the Berlin one for the outsider). */
  intermediaryFor(role: Role): string {
    return role === 'intermediaryOutside' ? this.outsideIntermediaryId : this.insideIntermediaryId;
  }

  /** A new ZO in Mannheim with every relation of the matrix (for destructive operations). */
  async target(): Promise<Target> {
    this.counter += 1;
    const id = await this.insertOrganisation(
      'ZO',
      `Zielverein ${this.counter} e.V.`,
      8.466,
      49.4875,
      '08222',
    );
    await this.member(id, 'owner', 'OWNER');
    await this.member(id, 'editor', 'EDITOR');
    await this.member(id, 'viewer', 'VIEWER');
    await this.query(
      `INSERT INTO consultant_grant (organisation_id, consultant_id, expires_at) VALUES ($1, $2, now() + interval '30 days')`,
      [id, this.user('consultant').id],
    );
    await this.query(
      `INSERT INTO consultant_grant (organisation_id, consultant_id, expires_at) VALUES ($1, $2, now() - interval '1 day')`,
      [id, this.user('consultantNoGrant').id],
    );
    return { organisationId: id };
  }

  /** An open invitation with a known token, addressed to `role`'s e-mail. */
  async invitationFor(organisationId: string, role: Role): Promise<{ id: string; token: string }> {
    const token = randomBytes(32).toString('base64url');
    const email = role === 'anonymous' ? 'nobody@matrix.example' : this.user(role).email;
    const [row] = await this.query<{ id: string }>(
      `INSERT INTO invitation (organisation_id, email, role, token_hash, expires_at)
       VALUES ($1, $2, 'VIEWER', $3, now() + interval '7 days') RETURNING id`,
      [organisationId, email, hash(token)],
    );
    return { id: row.id, token };
  }

  async grantFor(organisationId: string): Promise<string> {
    const [row] = await this.query<{ id: string }>(
      `INSERT INTO consultant_grant (organisation_id, consultant_id, expires_at)
       VALUES ($1, $2, now() + interval '10 days') RETURNING id`,
      [organisationId, this.user('consultantNoGrant').id],
    );
    return row.id;
  }

  /** A user who is a plain member (VIEWER) of the organisation, to be changed or removed. */
  async extraMember(organisationId: string): Promise<string> {
    const user = await this.createUser('extra');
    await this.query(
      `INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, 'VIEWER')`,
      [organisationId, user.id],
    );
    return user.id;
  }

  /** An assessment of the organisation (a draft unless `completed`), every checkpoint rated. */
  async assessmentFor(organisationId: string, completed = false): Promise<string> {
    const check = latestCheckVersion('ZO');
    const answers = {
      checkpoints: check.checkpoints.map((c) => ({
        number: c.number,
        rating: 'YELLOW',
        tickedExamples: [],
        notes: '',
        requiredCriteria: [],
        exitCriteria: [],
      })),
    };
    const [row] = await this.query<{ id: string }>(
      `INSERT INTO assessment (organisation_id, template, version, status, answers, completed_at)
       VALUES ($1, 'ZO_KMU', $2, $3, $4, $5) RETURNING id`,
      [
        organisationId,
        check.version,
        completed ? 'COMPLETED' : 'DRAFT',
        JSON.stringify(answers),
        completed ? new Date() : null,
      ],
    );
    return row.id;
  }

  async measureFor(assessmentId: string): Promise<string> {
    const [row] = await this.query<{ id: string }>(
      `INSERT INTO measure (assessment_id, checkpoint, text, position) VALUES ($1, 2, 'Kontakt aufnehmen', 1) RETURNING id`,
      [assessmentId],
    );
    return row.id;
  }
}
