import { randomBytes } from 'node:crypto';
import { deriveProfile, latestCheckVersion, profileItemKey } from '@bs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLSession } from '../support/graphql-client';
import { SignedUpUsers } from '../support/signed-up-users';

const errorOf = GraphQLSession.errorOf;
const ZO_CHECK = latestCheckVersion('ZO');

const PROFILE = `organisationId kind version canEdit canVerify withheldFields
  entries { category code direction fromCheck manual hidden examples
            terms { capacityPerYear leadTimeDays groupSize }
            verification { intermediaryId intermediaryName verifiedAt } }
  readiness { ratings score green yellow red }
  derivation { assessmentId template version derivedAt changes { category code direction change effective } }
  settings { radiusKm requireVerified visibility { field level } }`;
const GET = `query($id: ID!) { profile(organisationId: $id) { ${PROFILE} } }`;

interface ProfileData {
  version: number;
  canEdit: boolean;
  withheldFields: string[];
  entries: {
    category: string;
    code: string;
    direction: string | null;
    fromCheck: boolean;
    manual: boolean;
    hidden: boolean;
    examples: string[];
    terms: { capacityPerYear: number | null; leadTimeDays: number | null } | null;
  }[];
  readiness: { score: number } | null;
  derivation: { assessmentId: string | null; template: string; version: number } | null;
  settings: { radiusKm: number } | null;
}

/** The ZO's answers: every checkpoint rated, checkpoint 2 with topics in both directions. */
const ANSWERS = ZO_CHECK.checkpoints.map((c) => ({
  number: c.number,
  rating: c.number <= 4 ? 'GREEN' : 'YELLOW',
  tickedExamples:
    c.number === 2
      ? ['zo-2-volunteers-seek', 'zo-2-donations-seek', 'zo-2-team-days-offer']
      : c.number === 3
        ? ['zo-3-theme-sport']
        : [],
  ...(c.number === 3 ? { requiredCriteria: ['occupational-safety-health' as const] } : {}),
}));

describe('cooperation profiles over HTTP', () => {
  let users: SignedUpUsers;

  async function newOrganisation(session: GraphQLSession, kind: 'ZO' | 'KMU' | 'INTERMEDIARY') {
    const { createOrganisation } = await session.ok<{ createOrganisation: { id: string } }>(
      `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
      { input: { kind, name: `${kind} ${randomBytes(3).toString('hex')}`, postcode: '68159' } },
    );
    return createOrganisation.id;
  }

  async function completeCheck(session: GraphQLSession, organisationId: string) {
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
          checkpoints: ANSWERS,
        },
      },
    );
    await session.ok(
      `mutation($id: ID!, $revision: Int!) { completeAssessment(assessmentId: $id, revision: $revision) { id } }`,
      { id: startAssessment.id, revision: saveAssessment.revision },
    );
    return startAssessment.id;
  }

  const profileOf = async (session: GraphQLSession, id: string) =>
    (await session.ok<{ profile: ProfileData }>(GET, { id })).profile;

  beforeAll(async () => {
    users = await SignedUpUsers.start();
  });
  afterAll(() => users?.stop());

  it('shows the profile derived from a check within a second of completing it', async () => {
    const { session } = await users.newUser('Zora');
    const zo = await newOrganisation(session, 'ZO');
    const before = await profileOf(session, zo);
    expect(before.entries).toEqual([]);
    expect(before.derivation).toBeNull();

    const assessmentId = await completeCheck(session, zo);
    const completedAt = Date.now();
    let profile = await profileOf(session, zo);
    while (profile.derivation === null && Date.now() - completedAt < 1_000) {
      profile = await profileOf(session, zo);
    }
    expect(Date.now() - completedAt).toBeLessThan(1_000);
    expect(profile.derivation).toMatchObject({ assessmentId, template: 'ZO_KMU', version: 1 });

    const expected = deriveProfile(ZO_CHECK, {
      checkpoints: ANSWERS.map((a) => ({
        ...a,
        rating: a.rating as 'GREEN' | 'YELLOW',
        notes: '',
      })),
    });
    expect(
      profile.entries
        .map((e) =>
          profileItemKey({
            ...e,
            category: e.category as 'TOPIC',
            direction: e.direction as 'OFFERS' | 'SEEKS' | null,
          }),
        )
        .sort(),
    ).toEqual(expected.items.map(profileItemKey).sort());
    expect(profile.entries.every((e) => e.fromCheck && !e.manual)).toBe(true);
    expect(profile.entries.find((e) => e.code === 'volunteers')?.examples).toEqual([
      'zo-2-volunteers-seek',
    ]);
    expect(profile.readiness?.score).toBeCloseTo(expected.readiness.score, 3);
    expect(profile.entries.find((e) => e.code === 'team-days')?.terms).toEqual({
      capacityPerYear: null,
      leadTimeDays: null,
      groupSize: null,
    });
  });

  it('lets the organisation adjust its profile and refuses bad input with nothing changed', async () => {
    const { session } = await users.newUser('Otto');
    const zo = await newOrganisation(session, 'ZO');
    await completeCheck(session, zo);
    const ADD = `mutation($input: ProfileItemInput!) { addProfileEntry(input: $input) { ${PROFILE} } }`;
    const TERMS = `mutation($input: SetOfferTermsInput!) { setOfferTerms(input: $input) { ${PROFILE} } }`;

    const added = await session.ok<{ addProfileEntry: ProfileData }>(ADD, {
      input: { organisationId: zo, category: 'TOPIC', code: 'expertise-it', direction: 'SEEKS' },
    });
    expect(added.addProfileEntry.entries).toContainEqual(
      expect.objectContaining({ code: 'expertise-it', manual: true, fromCheck: false }),
    );
    const before = await profileOf(session, zo);

    const unknown = await session.run(ADD, {
      input: { organisationId: zo, category: 'TOPIC', code: 'zeitreisen', direction: 'SEEKS' },
    });
    expect(errorOf(unknown)).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'profiles.codeUnknown',
    });
    const badCategory = await session.run(ADD, {
      input: { organisationId: zo, category: 'WISHES', code: 'volunteers' },
    });
    expect(badCategory.errors?.length).toBeGreaterThan(0);
    const zero = await session.run(TERMS, {
      input: {
        organisationId: zo,
        topic: 'team-days',
        capacityPerYear: 0,
        version: before.version,
      },
    });
    expect(errorOf(zero)).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'profiles.capacityInvalid',
      fields: [{ field: 'capacityPerYear', messageKey: 'profiles.capacityInvalid' }],
    });
    const negative = await session.run(TERMS, {
      input: { organisationId: zo, topic: 'team-days', leadTimeDays: -3, version: before.version },
    });
    expect(errorOf(negative).messageKey).toBe('profiles.leadTimeInvalid');
    expect(await profileOf(session, zo)).toEqual(before);

    const terms = await session.ok<{ setOfferTerms: ProfileData }>(TERMS, {
      input: {
        organisationId: zo,
        topic: 'team-days',
        capacityPerYear: 3,
        leadTimeDays: 28,
        version: before.version,
      },
    });
    expect(terms.setOfferTerms.entries.find((e) => e.code === 'team-days')?.terms).toMatchObject({
      capacityPerYear: 3,
      leadTimeDays: 28,
    });
    const stale = await session.run(TERMS, {
      input: {
        organisationId: zo,
        topic: 'team-days',
        capacityPerYear: 9,
        version: before.version,
      },
    });
    expect(errorOf(stale)).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'profiles.versionConflict',
    });

    // What the user added by hand is part of their data export.
    const { myDataExport } = await session.ok<{ myDataExport: string }>('{ myDataExport }');
    const exported = JSON.parse(myDataExport) as {
      profileEntries: { organisation_id: string; code: string; added_by_you: boolean }[];
    };
    expect(exported.profileEntries).toContainEqual(
      expect.objectContaining({ organisation_id: zo, code: 'expertise-it', added_by_you: true }),
    );
  });

  it('shows strangers only what the visibility settings allow and lets them change nothing', async () => {
    const owner = await users.newUser('Paula');
    const stranger = await users.newUser('Sven');
    const zo = await newOrganisation(owner.session, 'ZO');
    await completeCheck(owner.session, zo);
    const { version } = await profileOf(owner.session, zo);
    await owner.session.ok(
      `mutation($input: UpdateProfileSettingsInput!) { updateProfileSettings(input: $input) { version } }`,
      {
        input: {
          organisationId: zo,
          version,
          visibility: [{ field: 'OFFERS', level: 'CONTACTS' }],
        },
      },
    );

    const anonymous = await profileOf(new GraphQLSession(users.api.baseUrl), zo);
    expect(anonymous.entries.some((e) => e.direction === 'OFFERS')).toBe(false);
    expect(anonymous.entries.some((e) => e.code === 'volunteers')).toBe(true);
    expect(anonymous.readiness).toBeNull();
    expect(anonymous.settings).toBeNull();
    expect(anonymous.derivation?.assessmentId).toBeNull();
    expect(anonymous.withheldFields).toContain('OFFERS');

    const seen = await profileOf(stranger.session, zo);
    expect(seen.readiness).not.toBeNull();
    expect(seen.entries.some((e) => e.category === 'REQUIRED_CRITERION')).toBe(true);
    expect(seen.withheldFields).toEqual(['OFFERS', 'EXIT_CRITERIA']);
    expect(seen.canEdit).toBe(false);

    const denied = await stranger.session.run(
      `mutation($input: ProfileItemInput!) { addProfileEntry(input: $input) { version } }`,
      { input: { organisationId: zo, category: 'THEME', code: 'culture' } },
    );
    expect(errorOf(denied).code).toBe('FORBIDDEN');
  });

  it('has no profile for an intermediary and answers an unknown organisation with NOT_FOUND', async () => {
    const { session } = await users.newUser('Ina');
    const intermediary = await newOrganisation(session, 'INTERMEDIARY');
    expect(errorOf(await session.run(GET, { id: intermediary }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'profiles.kindHasNoProfile',
    });
    expect(
      errorOf(await session.run(GET, { id: '00000000-0000-4000-8000-000000000000' })).code,
    ).toBe('NOT_FOUND');
    expect(errorOf(await session.run(GET, { id: 'not-a-uuid' })).code).toBe('BAD_USER_INPUT');
  });

  it('serves the taxonomy in German and English with every topic of the domain', async () => {
    const result = await new GraphQLSession(users.api.baseUrl).ok<{
      taxonomy: { topics: { code: string; label: { de: string; en: string } }[] };
    }>('{ taxonomy { topics { code label { de en } } } }');
    expect(result.taxonomy.topics.length).toBeGreaterThan(20);
    expect(result.taxonomy.topics.find((t) => t.code === 'volunteers')?.label.de).toMatch(
      /Ehrenamt/,
    );
  });
});
