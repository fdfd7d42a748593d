import { randomBytes } from 'node:crypto';
import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import { latestCheckVersion, type PartnerKind } from '@bs/domain';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseEnv, startApi, type ApiProcess } from '../support/api-process';
import { GraphQLSession } from '../support/graphql-client';
import { SignedUpUsers } from '../support/signed-up-users';

const errorOf = GraphQLSession.errorOf;

const MATCHES = `query($id: ID!, $radiusKm: Int, $topics: [String!]) {
  matches(organisationId: $id, radiusKm: $radiusKm, topics: $topics, first: 20) {
    totalCount complete radiusKm
    items {
      partner { id kind name city }
      distanceKm score signals
      factors { topics { fit contribution } themes { contribution } distance { km contribution }
                readiness { partner contribution } }
      youSeekTheyOffer { codes count hiddenCount }
      theySeekYouOffer { codes count hiddenCount }
      sharedThemes { codes }
    }
  }
}`;

interface MatchPage {
  totalCount: number;
  items: {
    partner: { id: string; kind: string; name: string };
    score: number;
    distanceKm: number;
    youSeekTheyOffer: { codes: string[]; count: number };
    theySeekYouOffer: { codes: string[]; count: number };
  }[];
}

/** Every checkpoint rated; the given examples ticked on checkpoint 2. */
function answers(kind: PartnerKind, ticked: string[]) {
  return latestCheckVersion(kind).checkpoints.map((c) => ({
    number: c.number,
    rating: c.number >= 5 ? 'GREEN' : 'YELLOW',
    tickedExamples: c.number === 2 ? ticked : [],
  }));
}

describe('matching over HTTP', () => {
  let users: SignedUpUsers;

  async function newOrganisation(session: GraphQLSession, kind: PartnerKind | 'INTERMEDIARY') {
    const { createOrganisation } = await session.ok<{ createOrganisation: { id: string } }>(
      `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
      { input: { kind, name: `${kind} ${randomBytes(3).toString('hex')}`, postcode: '68159' } },
    );
    return createOrganisation.id;
  }

  async function completeCheck(
    session: GraphQLSession,
    organisationId: string,
    checkpoints: unknown,
  ) {
    const { startAssessment } = await session.ok<{
      startAssessment: { id: string; revision: number };
    }>(`mutation($id: ID!) { startAssessment(organisationId: $id) { id revision } }`, {
      id: organisationId,
    });
    const { saveAssessment } = await session.ok<{ saveAssessment: { revision: number } }>(
      `mutation($input: SaveAssessmentInput!) { saveAssessment(input: $input) { revision } }`,
      {
        input: {
          assessmentId: startAssessment.id,
          revision: startAssessment.revision,
          checkpoints,
        },
      },
    );
    await session.ok(
      `mutation($id: ID!, $revision: Int!) { completeAssessment(assessmentId: $id, revision: $revision) { id } }`,
      { id: startAssessment.id, revision: saveAssessment.revision },
    );
  }

  const matchesOf = async (session: GraphQLSession, id: string) =>
    (await session.ok<{ matches: MatchPage }>(MATCHES, { id })).matches;

  beforeAll(async () => {
    users = await SignedUpUsers.start();
  });
  afterAll(() => users?.stop());

  it("shows a company's completed check in a ZO's matches within a second", async () => {
    const zoUser = await users.newUser('Zora');
    const zo = await newOrganisation(zoUser.session, 'ZO');
    await completeCheck(
      zoUser.session,
      zo,
      answers('ZO', ['zo-2-volunteers-seek', 'zo-2-team-days-offer']),
    );
    // The ZO's own profile is derived within a second too.
    const started = Date.now();
    let page = await zoUser.session.run<{ matches: MatchPage }>(MATCHES, { id: zo });
    while (page.errors && Date.now() - started < 1_000) {
      page = await zoUser.session.run<{ matches: MatchPage }>(MATCHES, { id: zo });
    }
    expect(page.data?.matches.items.map((m) => m.partner.kind)).not.toContain('ZO');

    const kmuUser = await users.newUser('Karl');
    const kmu = await newOrganisation(kmuUser.session, 'KMU');
    await completeCheck(kmuUser.session, kmu, answers('KMU', ['kmu-2-volunteers-offer']));
    const completedAt = Date.now();
    let found = (await matchesOf(zoUser.session, zo)).items.find((m) => m.partner.id === kmu);
    while (!found && Date.now() - completedAt < 1_000) {
      found = (await matchesOf(zoUser.session, zo)).items.find((m) => m.partner.id === kmu);
    }
    expect(Date.now() - completedAt).toBeLessThan(1_000);
    expect(found?.youSeekTheyOffer.codes).toEqual(['volunteers']);
    expect(found?.distanceKm).toBeLessThan(1);

    // And the ZO in the company's matches, from the other side.
    const theirs = await matchesOf(kmuUser.session, kmu);
    expect(theirs.items.find((m) => m.partner.id === zo)?.theySeekYouOffer.codes).toEqual([
      'volunteers',
    ]);

    // "Not interested" removes the pair on both sides; undoing brings it back.
    await zoUser.session.ok(
      `mutation($id: ID!, $p: ID!) { excludeMatchPartner(organisationId: $id, partnerId: $p) }`,
      { id: zo, p: kmu },
    );
    expect((await matchesOf(kmuUser.session, kmu)).items.map((m) => m.partner.id)).not.toContain(
      zo,
    );
    await zoUser.session.ok(
      `mutation($id: ID!, $p: ID!) { restoreMatchPartner(organisationId: $id, partnerId: $p) }`,
      { id: zo, p: kmu },
    );
    expect((await matchesOf(zoUser.session, zo)).items.map((m) => m.partner.id)).toContain(kmu);
  });

  it('answers bad input and the wrong organisation with specific errors', async () => {
    const { session } = await users.newUser('Bea');
    const zo = await newOrganisation(session, 'ZO');
    const agency = await newOrganisation(session, 'INTERMEDIARY');
    const stranger = await users.newUser('Sven');

    expect(errorOf(await session.run(MATCHES, { id: zo }))).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'matching.noProfile',
    });
    await completeCheck(session, zo, answers('ZO', ['zo-2-volunteers-seek']));
    for (const radiusKm of [0, -3, 201]) {
      expect(errorOf(await session.run(MATCHES, { id: zo, radiusKm }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        messageKey: 'matching.radiusInvalid',
        fields: [{ field: 'radiusKm', messageKey: 'matching.radiusInvalid' }],
      });
    }
    expect(errorOf(await session.run(MATCHES, { id: zo, topics: ['yachts'] }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'matching.topicUnknown',
    });
    expect(errorOf(await stranger.session.run(MATCHES, { id: zo }))).toMatchObject({
      code: 'FORBIDDEN',
      messageKey: 'matching.notActingFor',
    });
    expect(errorOf(await session.run(MATCHES, { id: agency }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'matching.kindCannotMatch',
    });
    expect(errorOf(await session.run(MATCHES, { id: 'not-a-uuid' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'organisationId', messageKey: 'organisations.invalidId' }],
    });
  });
});

describe('matching with the demo data', () => {
  let db: TestDatabase;
  let api: ApiProcess;

  beforeAll(async () => {
    db = await startTestDatabase();
    api = await startApi({ ...databaseEnv(db), SEED_DEMO: 'true' });
    // The demo checks are announced as AssessmentCompleted; wait until every profile is derived.
    const sql = new Client({ connectionString: db.url });
    sql.on('error', () => undefined);
    await sql.connect();
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { rows } = await sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM domain_event WHERE processed_at IS NULL`,
      );
      if (rows[0]?.n === 0 || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    await sql.end();
  });
  afterAll(async () => {
    await api?.stop();
    await db?.stop();
  });

  async function signedIn(email: string) {
    const session = new GraphQLSession(api.baseUrl);
    await session.ok(`mutation($input: LogInInput!) { logIn(input: $input) { id } }`, {
      input: { email, password: 'Brueckenschlag-Demo-2026' },
    });
    const { myOrganisations } = await session.ok<{
      myOrganisations: { organisation: { id: string; kind: string } }[];
    }>(`{ myOrganisations { organisation { id kind } } }`);
    const organisation = myOrganisations[0]?.organisation;
    if (!organisation) throw new Error(`${email} has no organisation`);
    const page = await session.ok<{ matches: MatchPage }>(MATCHES, { id: organisation.id });
    return { organisation, page: page.matches };
  }

  it.each([
    ['zo@demo.brueckenschlag.de', 'KMU'],
    ['kmu@demo.brueckenschlag.de', 'ZO'],
  ])('%s sees explained %s matches nearby', async (email, partnerKind) => {
    const { page } = await signedIn(email);
    expect(page.totalCount).toBeGreaterThanOrEqual(3);
    for (const match of page.items) {
      expect(match.partner.kind).toBe(partnerKind);
      expect(match.youSeekTheyOffer.count + match.theySeekYouOffer.count).toBeGreaterThan(0);
    }
    const scores = page.items.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // Sensible: the best match finds something in both directions.
    const [best] = page.items;
    expect(best?.youSeekTheyOffer.count).toBeGreaterThan(0);
    expect(best?.theySeekYouOffer.count).toBeGreaterThan(0);
  });
});
