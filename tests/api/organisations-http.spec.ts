import type { TestMailServer } from '@bs/api/notifications';
import { type Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiProcess } from '../support/api-process';
import { GraphQLSession } from '../support/graphql-client';
import { SignedUpUsers, TEST_PASSWORD } from '../support/signed-up-users';

const errorOf = GraphQLSession.errorOf;

const CREATE = `mutation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    id name kind postcode city version district { key name } land { key name } location { lat lng }
  }
}`;
const UPDATE = `mutation($input: UpdateOrganisationInput!) {
  updateOrganisation(input: $input) { id name description version }
}`;

describe('organisations, members and privacy over HTTP', () => {
  let users: SignedUpUsers;
  let smtp: TestMailServer;
  let api: ApiProcess;
  let sql: Client;

  /** Signs a new user up, verifies the address from the mail, and logs in. */

  async function count(table: string): Promise<number> {
    const { rows } = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    return rows[0].n;
  }

  beforeAll(async () => {
    users = await SignedUpUsers.start();
    ({ api, sql, smtp } = users);
  });
  afterAll(() => users?.stop());

  it('creates a KMU by postcode in the right district, with its creator as owner', async () => {
    const owner = await users.newUser('Karla');
    const { createOrganisation: created } = await owner.session.ok<{
      createOrganisation: {
        id: string;
        city: string;
        district: { key: string; name: string };
        land: { name: string };
      };
    }>(CREATE, {
      input: {
        kind: 'KMU',
        name: 'Rhein Metall Kraus GmbH',
        postcode: '68159',
        employeeBand: 'EMPLOYEES_10_49',
        wzSection: 'C',
      },
    });
    expect(created).toMatchObject({
      city: 'Mannheim',
      district: { key: '08222', name: 'Mannheim' },
      land: { name: 'Baden-Württemberg' },
    });
    const { myOrganisations } = await owner.session.ok<{
      myOrganisations: { role: string; organisation: { id: string } }[];
    }>('{ myOrganisations { role organisation { id } } }');
    expect(myOrganisations).toEqual([{ role: 'OWNER', organisation: { id: created.id } }]);
  });

  it('takes the dragged pin as location and derives the district from it', async () => {
    const owner = await users.newUser('Pia');
    // Postcode of Heidelberg, pin a few hundred metres across the border in Rhein-Neckar-Kreis.
    const { createOrganisation } = await owner.session.ok<{
      createOrganisation: { district: { key: string }; location: { lat: number; lng: number } };
    }>(CREATE, {
      input: {
        kind: 'ZO',
        name: 'Kulturverein Eppelheim e.V.',
        postcode: '69115',
        location: { lat: 49.405, lng: 8.6305 },
      },
    });
    expect(createOrganisation.location).toEqual({ lat: 49.405, lng: 8.6305 });
    expect(createOrganisation.district.key).toBe('08226');
  });

  it('refuses bad input with field errors and saves nothing', async () => {
    const owner = await users.newUser('Bernd');
    const before = await count('organisation');
    const unknownPostcode = await owner.session.run(CREATE, {
      input: { kind: 'KMU', name: 'Nirgendwo GmbH', postcode: '00000' },
    });
    expect(errorOf(unknownPostcode)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'postcode', messageKey: 'regions.unknownPostcode' }],
    });
    const paris = await owner.session.run(CREATE, {
      input: {
        kind: 'KMU',
        name: 'Paris SARL',
        postcode: '68159',
        location: { lat: 48.8566, lng: 2.3522 },
      },
    });
    expect(errorOf(paris)).toMatchObject({ messageKey: 'organisations.locationOutsideGermany' });
    const wrongKind = await owner.session.run(CREATE, {
      input: { kind: 'ZO', name: 'Verein mit Branche', postcode: '68159', wzSection: 'C' },
    });
    expect(errorOf(wrongKind)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'wzSection', messageKey: 'organisation.sectorForKind' }],
    });
    const malformed = await owner.session.run(CREATE, {
      input: { kind: 'KMU', name: ' ', postcode: '681', website: 'ftp://x' },
    });
    expect(errorOf(malformed).code).toBe('BAD_USER_INPUT');
    expect(
      [...new Set((errorOf(malformed).fields as { field: string }[]).map((f) => f.field))].sort(),
    ).toEqual(['name', 'postcode', 'website']);
    expect(await count('organisation')).toBe(before);
  });

  it('never lets two concurrent edits overwrite each other silently', async () => {
    const owner = await users.newUser('Olga');
    const { createOrganisation: org } = await owner.session.ok<{
      createOrganisation: { id: string; version: number };
    }>(CREATE, { input: { kind: 'ZO', name: 'Tafel Weinheim e.V.', postcode: '69469' } });
    const first = await owner.session.ok<{ updateOrganisation: { version: number } }>(UPDATE, {
      input: { id: org.id, version: org.version, description: 'Erste Änderung' },
    });
    expect(first.updateOrganisation.version).toBe(org.version + 1);
    const second = await owner.session.run(UPDATE, {
      input: { id: org.id, version: org.version, description: 'Zweite Änderung auf altem Stand' },
    });
    expect(errorOf(second)).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'organisations.versionConflict',
    });
    expect(second.errors?.[0]?.extensions?.['currentVersion']).toBe(org.version + 1);
    const { organisation } = await owner.session.ok<{ organisation: { description: string } }>(
      'query($id: ID!) { organisation(id: $id) { description } }',
      { id: org.id },
    );
    expect(organisation.description).toBe('Erste Änderung');
  });

  it('invites a colleague who joins; expired, reused and foreign invitations are refused', async () => {
    const owner = await users.newUser('Otto');
    const colleague = await users.newUser('Clara', 'en');
    const stranger = await users.newUser('Sven');
    const { createOrganisation: org } = await owner.session.ok<{
      createOrganisation: { id: string };
    }>(CREATE, {
      input: {
        kind: 'KMU',
        name: 'Neckar Software GmbH',
        postcode: '69115',
        contactPerson: { name: 'Otto Owner', email: 'otto@example.org' },
      },
    });
    await owner.session.ok(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
      { input: { organisationId: org.id, email: colleague.email, role: 'EDITOR' } },
    );
    const mail = await smtp.waitForMail(colleague.email, 2);
    expect(mail.subject).toBe('Invitation to Neckar Software GmbH on Brückenschlag');
    expect(mail.link).toContain('/invitation?token=');

    const foreign = await stranger.session.run(
      `mutation($token: String!) { acceptInvitation(token: $token) { role } }`,
      { token: mail.token },
    );
    expect(errorOf(foreign)).toMatchObject({
      code: 'FORBIDDEN',
      messageKey: 'invitations.wrongAccount',
    });

    const joined = await colleague.session.ok<{
      acceptInvitation: { role: string; organisation: { id: string } };
    }>(
      `mutation($token: String!) { acceptInvitation(token: $token) { role organisation { id } } }`,
      { token: mail.token },
    );
    expect(joined.acceptInvitation).toEqual({ role: 'EDITOR', organisation: { id: org.id } });
    const reused = await colleague.session.run(
      `mutation($token: String!) { acceptInvitation(token: $token) { role } }`,
      { token: mail.token },
    );
    expect(errorOf(reused)).toMatchObject({ messageKey: 'invitations.used' });

    // An invitation past its expiry.
    await owner.session.ok(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
      { input: { organisationId: org.id, email: stranger.email, role: 'VIEWER' } },
    );
    const late = await smtp.waitForMail(stranger.email, 2);
    await sql.query(
      `UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE email = $1`,
      [stranger.email.toLowerCase()],
    );
    const expired = await stranger.session.run(
      `mutation($token: String!) { acceptInvitation(token: $token) { role } }`,
      { token: late.token },
    );
    expect(errorOf(expired)).toMatchObject({ messageKey: 'invitations.expired' });

    // A member of another organisation reads none of the private fields.
    const contact = await stranger.session.run(
      `query($id: ID!) { organisationContact(organisationId: $id) { name email } }`,
      { id: org.id },
    );
    expect(errorOf(contact)).toMatchObject({ code: 'FORBIDDEN' });
    expect(JSON.stringify(contact)).not.toContain('otto@example.org');
    const members = await stranger.session.run(
      `query($id: ID!) { organisationMembers(organisationId: $id) { email } }`,
      { id: org.id },
    );
    expect(errorOf(members)).toMatchObject({ code: 'FORBIDDEN' });
    // The colleague, now a member, can.
    const { organisationContact } = await colleague.session.ok<{
      organisationContact: { email: string };
    }>(`query($id: ID!) { organisationContact(organisationId: $id) { email } }`, { id: org.id });
    expect(organisationContact.email).toBe('otto@example.org');
  });

  it('keeps at least one owner and refuses invitations to organisations that do not exist', async () => {
    const owner = await users.newUser('Ole');
    const { createOrganisation: org } = await owner.session.ok<{
      createOrganisation: { id: string };
    }>(CREATE, {
      input: { kind: 'ZO', name: 'SV Ladenburg e.V.', postcode: '68526' },
    });
    const leave = await owner.session.run(
      `mutation($org: ID!, $user: ID!) { removeMember(organisationId: $org, userId: $user) }`,
      { org: org.id, user: owner.id },
    );
    expect(errorOf(leave)).toMatchObject({ code: 'CONFLICT', messageKey: 'members.lastOwner' });
    const demote = await owner.session.run(
      `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }`,
      { input: { organisationId: org.id, userId: owner.id, role: 'EDITOR' } },
    );
    expect(errorOf(demote)).toMatchObject({ messageKey: 'members.lastOwner' });
    const ghost = await owner.session.run(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
      {
        input: {
          organisationId: '00000000-0000-4000-8000-000000000001',
          email: 'x@example.org',
          role: 'VIEWER',
        },
      },
    );
    expect(errorOf(ghost)).toMatchObject({
      code: 'NOT_FOUND',
      messageKey: 'organisations.notFound',
    });
  });

  it('exports all data as JSON, and deletes the account completely and only once', async () => {
    const user = await users.newUser('Dora');
    const { createOrganisation: org } = await user.session.ok<{
      createOrganisation: { id: string };
    }>(CREATE, {
      input: {
        kind: 'ZO',
        name: 'Lesepaten Speyer e.V.',
        postcode: '67346',
        contactPerson: { name: 'Dora D.' },
      },
    });
    const { myDataExport } = await user.session.ok<{ myDataExport: string }>('{ myDataExport }');
    const exported = JSON.parse(myDataExport) as {
      account: { email: string };
      organisations: { name: string; contact_person_name: string }[];
    };
    expect(exported.account.email).toBe(user.email);
    expect(exported.organisations).toMatchObject([
      { name: 'Lesepaten Speyer e.V.', contact_person_name: 'Dora D.' },
    ]);
    expect(myDataExport).not.toContain('password');

    const wrong = await user.session.run('mutation { deleteMyAccount(password: "falsch") }');
    expect(errorOf(wrong)).toMatchObject({ messageKey: 'privacy.passwordWrong' });
    await user.session.ok(`mutation($p: String!) { deleteMyAccount(password: $p) }`, {
      p: TEST_PASSWORD,
    });
    const { rows } = await sql.query(
      `SELECT (SELECT count(*) FROM app_user WHERE id = $1)::int AS users,
              (SELECT count(*) FROM membership WHERE user_id = $1)::int AS memberships,
              (SELECT count(*) FROM user_session WHERE user_id = $1)::int AS sessions,
              (SELECT count(*) FROM organisation WHERE id = $2)::int AS organisations`,
      [user.id, org.id],
    );
    expect(rows[0]).toEqual({ users: 0, memberships: 0, sessions: 0, organisations: 0 });
    const again = await user.session.run('mutation { deleteMyAccount(password: "egal") }');
    expect(errorOf(again)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('deletes an organisation idempotently and blocks deleting a sole owner of a shared one', async () => {
    const owner = await users.newUser('Ida');
    const member = await users.newUser('Max');
    const { createOrganisation: shared } = await owner.session.ok<{
      createOrganisation: { id: string };
    }>(CREATE, {
      input: { kind: 'KMU', name: 'Bäckerei Ida', postcode: '68723' },
    });
    await sql.query(
      `INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, 'VIEWER')`,
      [shared.id, member.id],
    );
    const blocked = await owner.session.run(
      `mutation($p: String!) { deleteMyAccount(password: $p) }`,
      { p: TEST_PASSWORD },
    );
    expect(errorOf(blocked)).toMatchObject({ code: 'CONFLICT', messageKey: 'privacy.soleOwner' });
    const notAllowed = await member.session.run(
      'mutation($id: ID!) { deleteOrganisation(id: $id) }',
      { id: shared.id },
    );
    expect(errorOf(notAllowed)).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await owner.session.ok('mutation($id: ID!) { deleteOrganisation(id: $id) }', {
        id: shared.id,
      }),
    ).toEqual({
      deleteOrganisation: true,
    });
    expect(
      await owner.session.ok('mutation($id: ID!) { deleteOrganisation(id: $id) }', {
        id: shared.id,
      }),
    ).toEqual({
      deleteOrganisation: false,
    });
    const { rows } = await sql.query(
      `SELECT count(*)::int AS n FROM membership WHERE organisation_id = $1`,
      [shared.id],
    );
    expect(rows[0]).toEqual({ n: 0 });
  });

  it('enforces the GraphQL limits: aliases, tokens and body size', async () => {
    const anonymous = new GraphQLSession(api.baseUrl);
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: mapConfig { tileUrl }`).join(' ');
    const tooManyAliases = await anonymous.run(`{ ${aliases} }`);
    expect(errorOf(tooManyAliases).code).toBe('GRAPHQL_VALIDATION_FAILED');
    const fields = Array.from({ length: 1500 }, () => 'tileUrl tileAttribution').join(' ');
    const tooManyTokens = await anonymous.run(`{ mapConfig { ${fields} } }`);
    expect(errorOf(tooManyTokens).code).toBe('GRAPHQL_PARSE_FAILED');
    expect(tooManyTokens.errors?.[0]?.message).toContain('tokens');

    const huge = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ mapConfig { tileUrl } }', padding: 'x'.repeat(200_000) }),
    });
    expect(huge.status).toBe(413);
    const headers = (await fetch(`${api.baseUrl}/health`)).headers;
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });
});
