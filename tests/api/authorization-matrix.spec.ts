import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import { hash } from 'argon2';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseEnv, startApi, workspaceRoot, type ApiProcess } from '../support/api-process';
import { MATRIX_PASSWORD, MatrixWorld, ROLES, type Role } from '../support/matrix-world';

type Outcome = 'allow' | 'deny';
type Expectation = Outcome | (Partial<Record<Role, Outcome>> & { default: Outcome });

interface Case {
  document: string;
  variables?: (world: MatrixWorld, role: Role) => Promise<Record<string, unknown>>;
  expect: Expectation;
  /** Cases with an order run after all others, lowest first (they end sessions). */
  order?: number;
}

const PUBLIC: Outcome = 'allow';
const SIGNED_IN: Expectation = { default: 'allow', anonymous: 'deny' };
const only = (...roles: Role[]): Expectation => ({
  default: 'deny',
  ...Object.fromEntries(roles.map((r) => [r, 'allow'])),
});
const READ_PRIVATE = only('viewer', 'editor', 'owner', 'consultant', 'intermediaryInside', 'admin');
const MEMBERS = only('viewer', 'editor', 'owner', 'admin');
const EDIT = only('editor', 'owner', 'admin');
const OWNERS = only('owner', 'admin');
const CHECK_READ = only('viewer', 'editor', 'owner', 'consultant', 'admin');
const CHECK_EDIT = only('editor', 'owner', 'consultant');
const PROFILE_EDIT = only('editor', 'owner', 'consultant', 'admin');
const draft = async (w: MatrixWorld) => w.assessmentFor(await target(w));
const completed = async (w: MatrixWorld) => w.assessmentFor(await target(w), true);

const target = async (w: MatrixWorld) => (await w.target()).organisationId;

/**
 * Every query and mutation of schema.gql × every kind of actor. "deny" means the answer is a
 * FORBIDDEN or UNAUTHENTICATED error; "allow" means it is not (a BAD_USER_INPUT for a dummy
 * token still proves the actor got past the policy). An operation missing here fails the test.
 */
const MATRIX: Record<string, Case> = {
  // Public reads
  'Query.mapConfig': { document: '{ mapConfig { tileUrl } }', expect: PUBLIC },
  'Query.organisation': {
    document: 'query($id: ID!) { organisation(id: $id) { id name } }',
    variables: async (w) => ({ id: await target(w) }),
    expect: PUBLIC,
  },
  'Query.organisations': {
    document: '{ organisations(bounds: {south: 49, west: 8, north: 50, east: 9}) { id } }',
    expect: PUBLIC,
  },
  'Query.intermediaryDistricts': {
    document: 'query($id: ID!) { intermediaryDistricts(organisationId: $id) { key } }',
    variables: async (w) => ({ id: await target(w) }),
    expect: PUBLIC,
  },
  'Query.postcode': { document: '{ postcode(postcode: "68159") { place } }', expect: PUBLIC },
  'Query.districts': { document: '{ districts { key name land { name } } }', expect: PUBLIC },
  'Query.districtAt': {
    document: '{ districtAt(location: {lat: 49.49, lng: 8.47}) { key } }',
    expect: PUBLIC,
  },
  'Query.viewer': { document: '{ viewer { id } }', expect: PUBLIC },
  'Query.mapFeatures': {
    document: `{ mapFeatures(viewport: {bounds: {south: 47, west: 5.5, north: 55.2, east: 15.5}, zoom: 6},
               filter: {offers: ["donations"]}) { total clusters { count } } }`,
    expect: PUBLIC,
  },
  'Query.mapOrganisationList': {
    document: `{ mapOrganisationList(viewport: {bounds: {south: 49, west: 8, north: 50, east: 9}, zoom: 9})
               { total entries { organisation { id } } } }`,
    expect: PUBLIC,
  },
  'Query.mapSearch': {
    document: '{ mapSearch(input: {text: "Mannheim"}) { places { name } } }',
    expect: PUBLIC,
  },

  // Accounts
  'Mutation.signUp': {
    document: `mutation($email: String!) { signUp(input: {email: $email, password: "Ein-gutes-Passwort-42",
               displayName: "Neu", locale: de}) { id } }`,
    variables: (_w, role) =>
      Promise.resolve({ email: `signup-${role}-${Date.now()}@matrix.example` }),
    expect: PUBLIC,
  },
  'Mutation.verifyEmail': {
    document: 'mutation { verifyEmail(token: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") }',
    expect: PUBLIC,
  },
  'Mutation.resendVerification': { document: 'mutation { resendVerification }', expect: SIGNED_IN },
  'Mutation.logIn': {
    document:
      'mutation { logIn(input: {email: "nobody@matrix.example", password: "falsch-falsch-1"}) { id } }',
    expect: PUBLIC,
  },
  'Mutation.requestPasswordReset': {
    document: 'mutation { requestPasswordReset(email: "nobody@matrix.example") }',
    expect: PUBLIC,
  },
  'Mutation.resetPassword': {
    document: `mutation { resetPassword(token: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
               newPassword: "Ein-gutes-Passwort-42") }`,
    expect: PUBLIC,
  },
  'Mutation.changeLocale': {
    document: 'mutation { changeLocale(locale: de) { id } }',
    expect: SIGNED_IN,
  },
  'Mutation.logOut': { document: 'mutation { logOut }', expect: PUBLIC, order: 2 },

  // Organisations
  'Query.myOrganisations': { document: '{ myOrganisations { role } }', expect: SIGNED_IN },
  'Query.organisationContact': {
    document: 'query($id: ID!) { organisationContact(organisationId: $id) { name email } }',
    variables: async (w) => ({ id: await target(w) }),
    expect: READ_PRIVATE,
  },
  'Mutation.createOrganisation': {
    document: `mutation { createOrganisation(input: {kind: KMU, name: "Matrix GmbH", postcode: "68159"}) { id } }`,
    expect: SIGNED_IN,
  },
  'Mutation.updateOrganisation': {
    document: `mutation($id: ID!) { updateOrganisation(input: {id: $id, version: 1, description: "neu"}) { id } }`,
    variables: async (w) => ({ id: await target(w) }),
    expect: EDIT,
  },
  'Mutation.deleteOrganisation': {
    document: 'mutation($id: ID!) { deleteOrganisation(id: $id) }',
    variables: async (w) => ({ id: await target(w) }),
    expect: OWNERS,
  },

  // Members, invitations, consultants, regions
  'Query.organisationMembers': {
    document: 'query($id: ID!) { organisationMembers(organisationId: $id) { userId role } }',
    variables: async (w) => ({ id: await target(w) }),
    expect: MEMBERS,
  },
  'Query.organisationInvitations': {
    document: 'query($id: ID!) { organisationInvitations(organisationId: $id) { id } }',
    variables: async (w) => ({ id: await target(w) }),
    expect: OWNERS,
  },
  'Query.consultantGrants': {
    document: 'query($id: ID!) { consultantGrants(organisationId: $id) { id } }',
    variables: async (w) => ({ id: await target(w) }),
    expect: only('editor', 'owner', 'admin'),
  },
  'Mutation.inviteMember': {
    document: `mutation($id: ID!) { inviteMember(input: {organisationId: $id, email: "neu@matrix.example", role: VIEWER}) { id } }`,
    variables: async (w) => ({ id: await target(w) }),
    expect: OWNERS,
  },
  'Mutation.revokeInvitation': {
    document: 'mutation($id: ID!) { revokeInvitation(id: $id) }',
    variables: async (w, role) => ({ id: (await w.invitationFor(await target(w), role)).id }),
    expect: OWNERS,
  },
  'Mutation.acceptInvitation': {
    document: 'mutation($token: String!) { acceptInvitation(token: $token) { role } }',
    variables: async (w, role) => ({ token: (await w.invitationFor(await target(w), role)).token }),
    expect: SIGNED_IN,
  },
  'Mutation.changeMemberRole': {
    document: `mutation($id: ID!, $user: ID!) { changeMemberRole(input: {organisationId: $id, userId: $user, role: EDITOR}) { role } }`,
    variables: async (w) => {
      const id = await target(w);
      return { id, user: await w.extraMember(id) };
    },
    expect: OWNERS,
  },
  'Mutation.removeMember': {
    document: 'mutation($id: ID!, $user: ID!) { removeMember(organisationId: $id, userId: $user) }',
    variables: async (w) => {
      const id = await target(w);
      return { id, user: await w.extraMember(id) };
    },
    expect: OWNERS,
  },
  'Mutation.grantConsultantAccess': {
    document: `mutation($id: ID!, $email: String!, $until: DateTime!) {
      grantConsultantAccess(input: {organisationId: $id, consultantEmail: $email, expiresAt: $until}) { id } }`,
    variables: async (w) => ({
      id: await target(w),
      email: w.user('consultantNoGrant').email,
      until: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    }),
    expect: OWNERS,
  },
  'Mutation.revokeConsultantAccess': {
    document: 'mutation($id: ID!) { revokeConsultantAccess(grantId: $id) }',
    variables: async (w) => ({ id: await w.grantFor(await target(w)) }),
    expect: OWNERS,
  },
  'Mutation.setIntermediaryDistricts': {
    document: `mutation($id: ID!) { setIntermediaryDistricts(organisationId: $id, districtKeys: ["08222"]) { key } }`,
    // A fresh intermediary each time: the matrix's own intermediaries keep their regions.
    variables: async (w) => ({ id: await w.newIntermediary() }),
    expect: only('admin'),
  },

  // Practice checks
  'Query.checkCatalogue': {
    document: '{ checkCatalogue(template: "ZO_KMU") { version } }',
    expect: PUBLIC,
  },
  'Query.assessments': {
    document: 'query($id: ID!) { assessments(organisationId: $id) { id } }',
    variables: async (w) => ({ id: await target(w) }),
    expect: CHECK_READ,
  },
  'Query.assessment': {
    document: 'query($id: ID!) { assessment(id: $id) { id } }',
    variables: async (w) => ({ id: await draft(w) }),
    expect: CHECK_READ,
  },
  'Query.assessmentChanges': {
    document: 'query($id: ID!) { assessmentChanges(assessmentId: $id) { number } }',
    variables: async (w) => ({ id: await draft(w) }),
    expect: CHECK_READ,
  },
  'Query.measures': {
    document: 'query($id: ID!) { measures(assessmentId: $id) { id } }',
    variables: async (w) => ({ id: await completed(w) }),
    expect: CHECK_READ,
  },
  'Query.suggestedMeasures': {
    document: 'query($id: ID!) { suggestedMeasures(assessmentId: $id) { exampleCode } }',
    variables: async (w) => ({ id: await completed(w) }),
    expect: CHECK_READ,
  },
  'Query.dueMeasureReviews': {
    document: 'query($id: ID!) { dueMeasureReviews(organisationId: $id) { organisationId } }',
    variables: async (w) => ({ id: await target(w) }),
    expect: CHECK_READ,
  },
  'Query.assessmentBenchmark': {
    document:
      'query($id: ID!) { assessmentBenchmark(assessmentId: $id, scope: "LAND") { organisations } }',
    variables: async (w) => ({ id: await completed(w) }),
    expect: CHECK_READ,
  },
  'Query.assessmentReport': {
    document:
      'query($id: ID!) { assessmentReport(assessmentId: $id, language: "de") { filename } }',
    variables: async (w) => ({ id: await completed(w) }),
    expect: CHECK_READ,
  },
  'Mutation.startAssessment': {
    document: 'mutation($id: ID!) { startAssessment(organisationId: $id) { id } }',
    variables: async (w) => ({ id: await target(w) }),
    expect: CHECK_EDIT,
  },
  'Mutation.saveAssessment': {
    document: `mutation($id: ID!) { saveAssessment(input: {assessmentId: $id, revision: 1,
               checkpoints: [{number: 1, rating: "GREEN"}]}) { id } }`,
    variables: async (w) => ({ id: await draft(w) }),
    expect: CHECK_EDIT,
  },
  'Mutation.completeAssessment': {
    document: 'mutation($id: ID!) { completeAssessment(assessmentId: $id, revision: 1) { id } }',
    variables: async (w) => ({ id: await draft(w) }),
    expect: CHECK_EDIT,
  },
  'Mutation.addMeasure': {
    document: `mutation($id: ID!) { addMeasure(input: {assessmentId: $id, checkpoint: 1, text: "Ziele festhalten"}) { id } }`,
    variables: async (w) => ({ id: await completed(w) }),
    expect: CHECK_EDIT,
  },
  'Mutation.addSuggestedMeasures': {
    document:
      'mutation($id: ID!) { addSuggestedMeasures(assessmentId: $id, exampleCodes: []) { id } }',
    variables: async (w) => ({ id: await completed(w) }),
    expect: CHECK_EDIT,
  },
  'Mutation.updateMeasure': {
    document:
      'mutation($id: ID!) { updateMeasure(input: {id: $id, version: 1, status: "DONE"}) { id } }',
    variables: async (w) => ({ id: await w.measureFor(await completed(w)) }),
    expect: CHECK_EDIT,
  },
  'Mutation.deleteMeasure': {
    document: 'mutation($id: ID!) { deleteMeasure(id: $id) }',
    variables: async (w) => ({ id: await w.measureFor(await completed(w)) }),
    expect: CHECK_EDIT,
  },
  'Mutation.reorderMeasures': {
    document:
      'mutation($id: ID!, $ids: [ID!]!) { reorderMeasures(assessmentId: $id, ids: $ids) { id } }',
    variables: async (w) => {
      const id = await completed(w);
      return { id, ids: [await w.measureFor(id)] };
    },
    expect: CHECK_EDIT,
  },

  // Matching: a target without a profile answers CONFLICT (matching.noProfile) past the policy.
  'Query.matches': {
    document: 'query($id: ID!) { matches(organisationId: $id) { totalCount } }',
    variables: async (w) => ({ id: await target(w) }),
    expect: READ_PRIVATE,
  },
  'Query.matchWith': {
    document:
      'query($id: ID!, $partner: ID!) { matchWith(organisationId: $id, partnerId: $partner) { blockers } }',
    variables: async (w) => ({ id: await target(w), partner: await target(w) }),
    expect: READ_PRIVATE,
  },
  'Query.matchExclusions': {
    document: 'query($id: ID!) { matchExclusions(organisationId: $id) { reason } }',
    variables: async (w) => ({ id: await target(w) }),
    expect: READ_PRIVATE,
  },
  'Mutation.excludeMatchPartner': {
    document:
      'mutation($id: ID!, $partner: ID!) { excludeMatchPartner(organisationId: $id, partnerId: $partner) }',
    variables: async (w) => ({ id: await target(w), partner: await target(w) }),
    expect: EDIT,
  },
  'Mutation.restoreMatchPartner': {
    document:
      'mutation($id: ID!, $partner: ID!) { restoreMatchPartner(organisationId: $id, partnerId: $partner) }',
    variables: async (w) => ({ id: await target(w), partner: await target(w) }),
    expect: EDIT,
  },
  // Cooperation profiles
  'Query.taxonomy': { document: '{ taxonomy { topics { code } } }', expect: PUBLIC },
  'Query.profile': {
    document: 'query($id: ID!) { profile(organisationId: $id) { version withheldFields } }',
    variables: async (w) => ({ id: await target(w) }),
    expect: PUBLIC,
  },
  'Mutation.addProfileEntry': {
    document: `mutation($id: ID!) { addProfileEntry(input: {organisationId: $id, category: TOPIC,
               code: "volunteers", direction: SEEKS}) { version } }`,
    variables: async (w) => ({ id: await target(w) }),
    expect: PROFILE_EDIT,
  },
  'Mutation.removeProfileEntry': {
    document: `mutation($id: ID!) { removeProfileEntry(input: {organisationId: $id, category: THEME,
               code: "youth"}) { version } }`,
    variables: async (w) => ({ id: await target(w) }),
    expect: PROFILE_EDIT,
  },
  'Mutation.setOfferTerms': {
    document: `mutation($id: ID!) { setOfferTerms(input: {organisationId: $id, topic: "team-days",
               capacityPerYear: 2, version: 1}) { version } }`,
    variables: async (w) => ({ id: await target(w) }),
    expect: PROFILE_EDIT,
  },
  'Mutation.updateProfileSettings': {
    document: `mutation($id: ID!) { updateProfileSettings(input: {organisationId: $id, version: 1,
               radiusKm: 40}) { version } }`,
    variables: async (w) => ({ id: await target(w) }),
    expect: PROFILE_EDIT,
  },
  'Mutation.verifyAttribute': {
    document: `mutation($id: ID!, $by: ID!) { verifyAttribute(input: {organisationId: $id,
               attribute: "charitable-status", intermediaryId: $by}) { version } }`,
    variables: async (w, role) => ({ id: await target(w), by: w.intermediaryFor(role) }),
    expect: only('intermediaryInside'),
  },
  'Mutation.revokeAttributeVerification': {
    document: `mutation($id: ID!, $by: ID!) { revokeAttributeVerification(input: {organisationId: $id,
               attribute: "charitable-status", intermediaryId: $by}) { version } }`,
    variables: async (w, role) => ({ id: await target(w), by: w.intermediaryFor(role) }),
    expect: only('intermediaryInside'),
  },

  // Privacy
  'Query.myDataExport': { document: '{ myDataExport }', expect: SIGNED_IN },
  'Mutation.deleteMyAccount': {
    // A wrong password: the policy is passed, the account stays.
    document: 'mutation { deleteMyAccount(password: "nicht-das-passwort") }',
    expect: SIGNED_IN,
    order: 1,
  },
};

function operationsInSchema(): string[] {
  const schema = buildSchema(readFileSync(join(workspaceRoot, 'schema.gql'), 'utf8'));
  const fields = (type: GraphQLObjectType | null | undefined, prefix: string) =>
    Object.keys(type?.getFields() ?? {}).map((name) => `${prefix}.${name}`);
  return [
    ...fields(schema.getQueryType(), 'Query'),
    ...fields(schema.getMutationType(), 'Mutation'),
  ].sort();
}

function expected(expectation: Expectation, role: Role): Outcome {
  return typeof expectation === 'string' ? expectation : (expectation[role] ?? expectation.default);
}

describe('authorization matrix', () => {
  it('has an entry for every query and mutation in schema.gql, and none for removed ones', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(operationsInSchema());
  });

  describe('against the running API', () => {
    let db: TestDatabase;
    let api: ApiProcess;
    let world: MatrixWorld;

    beforeAll(async () => {
      db = await startTestDatabase();
      api = await startApi({ ...databaseEnv(db), SEED_DEMO: 'false', RATE_LIMIT_SCALE: '1000' });
      world = await MatrixWorld.create(db.url, await hash(MATRIX_PASSWORD, { type: 2 }));
    }, 180_000);
    afterAll(async () => {
      await world?.close();
      await api?.stop();
      await db?.stop();
    });

    it('never shows private contact details to another organisation (and audits the reads)', async () => {
      const { organisationId } = await world.target();
      const read = async (role: Role) => {
        const response = await fetch(`${api.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: world.cookie(role)! },
          body: JSON.stringify({
            query:
              'query($id: ID!) { organisationContact(organisationId: $id) { name email } organisation(id: $id) { name publicContact } }',
            variables: { id: organisationId },
          }),
        });
        return JSON.stringify(await response.json());
      };
      expect(await read('otherMember')).not.toContain('erika@example.org');
      expect(await read('intermediaryOutside')).not.toContain('erika@example.org');
      expect(await read('viewer')).toContain('erika@example.org');
      const audit = await world.query<{ actor_id: string }>(
        `SELECT actor_id FROM audit_log WHERE action = 'organisation.contact.read' AND organisation_id = $1`,
        [organisationId],
      );
      expect(audit.map((a) => a.actor_id)).toEqual([world.user('viewer').id]);
    });

    it('allows and denies every operation exactly as the policy says', async () => {
      const cases = Object.entries(MATRIX).sort(([, a], [, b]) => (a.order ?? 0) - (b.order ?? 0));
      const mismatches: string[] = [];
      for (const [operation, testCase] of cases) {
        for (const role of ROLES) {
          const variables = (await testCase.variables?.(world, role)) ?? {};
          const cookie = world.cookie(role);
          const response = await fetch(`${api.baseUrl}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
            body: JSON.stringify({ query: testCase.document, variables }),
          });
          const body = (await response.json()) as {
            errors?: { message: string; extensions?: { code?: string; messageKey?: string } }[];
          };
          const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? 'NONE');
          if (
            codes.some((c) => c === 'GRAPHQL_VALIDATION_FAILED' || c === 'INTERNAL_SERVER_ERROR')
          ) {
            mismatches.push(`${operation} as ${role}: ${JSON.stringify(body.errors)}`);
            continue;
          }
          const outcome: Outcome = (body.errors ?? []).some(
            (e) =>
              e.extensions?.code === 'FORBIDDEN' ||
              // Wrong credentials at log-in are an answer, not a refusal of the operation.
              (e.extensions?.code === 'UNAUTHENTICATED' &&
                e.extensions.messageKey !== 'accounts.invalidCredentials'),
          )
            ? 'deny'
            : 'allow';
          const want = expected(testCase.expect, role);
          if (outcome !== want) {
            mismatches.push(
              `${operation} as ${role}: expected ${want}, got ${outcome} ${JSON.stringify(body.errors ?? [])}`,
            );
          }
        }
      }
      expect(mismatches).toEqual([]);
    }, 300_000);
  });
});
