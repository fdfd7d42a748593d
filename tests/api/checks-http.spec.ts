import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { latestCheckVersion } from '@bs/domain';
import { type Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceRoot, type ApiProcess } from '../support/api-process';
import { GraphQLSession } from '../support/graphql-client';
import { SignedUpUsers } from '../support/signed-up-users';

const errorOf = GraphQLSession.errorOf;
const ZO_CHECK = latestCheckVersion('ZO');
const KMU_CHECK = latestCheckVersion('KMU');

const ASSESSMENT = `id template version status revision previousId completedAt
  checkpoints { number rating tickedExamples notes requiredCriteria exitCriteria }`;
const START = `mutation($id: ID!) { startAssessment(organisationId: $id) { ${ASSESSMENT} } }`;
const SAVE = `mutation($input: SaveAssessmentInput!) { saveAssessment(input: $input) { ${ASSESSMENT} } }`;
const COMPLETE = `mutation($id: ID!, $revision: Int!) { completeAssessment(assessmentId: $id, revision: $revision) { ${ASSESSMENT} } }`;

interface AssessmentData {
  id: string;
  template: string;
  status: string;
  revision: number;
  previousId: string | null;
  checkpoints: { number: number; rating: string | null; tickedExamples: string[]; notes: string }[];
}

/** Example codes of a checkpoint of a catalogue. */
const examples = (check: typeof ZO_CHECK, number: number) =>
  check.checkpoints.find((c) => c.number === number)!.examples.map((e) => e.code);

describe('practice checks over HTTP', () => {
  let users: SignedUpUsers;
  let api: ApiProcess;
  let sql: Client;

  async function newOrganisation(
    session: GraphQLSession,
    kind: 'ZO' | 'KMU' | 'INTERMEDIARY',
    postcode = '68159',
  ) {
    const { createOrganisation } = await session.ok<{ createOrganisation: { id: string } }>(
      `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
      { input: { kind, name: `${kind} ${randomBytes(3).toString('hex')}`, postcode } },
    );
    return createOrganisation.id;
  }

  /** Rates every checkpoint (and ticks the first example of each) and completes the check. */
  async function completeCheck(
    session: GraphQLSession,
    organisationId: string,
    rating: string,
    check = ZO_CHECK,
  ) {
    const { startAssessment } = await session.ok<{ startAssessment: AssessmentData }>(START, {
      id: organisationId,
    });
    const { saveAssessment } = await session.ok<{ saveAssessment: AssessmentData }>(SAVE, {
      input: {
        assessmentId: startAssessment.id,
        revision: startAssessment.revision,
        checkpoints: check.checkpoints.map((c) => ({
          number: c.number,
          rating,
          tickedExamples: [c.examples[0].code],
        })),
      },
    });
    const { completeAssessment } = await session.ok<{ completeAssessment: AssessmentData }>(
      COMPLETE,
      {
        id: saveAssessment.id,
        revision: saveAssessment.revision,
      },
    );
    return completeAssessment;
  }

  beforeAll(async () => {
    users = await SignedUpUsers.start();
    ({ api, sql } = users);
  });
  afterAll(() => users?.stop());

  it('publishes both catalogues with seven checkpoints in German and English', async () => {
    const anonymous = new GraphQLSession(api.baseUrl);
    for (const template of ['ZO_KMU', 'KMU_ZO']) {
      const { checkCatalogue } = await anonymous.ok<{
        checkCatalogue: {
          kind: string;
          checkpoints: { number: number; title: { de: string; en: string } }[];
        };
      }>(
        `query($t: String!) { checkCatalogue(template: $t) { kind checkpoints { number title { de en } } } }`,
        {
          t: template,
        },
      );
      expect(checkCatalogue.checkpoints.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(checkCatalogue.checkpoints.every((c) => c.title.de && c.title.en)).toBe(true);
    }
  });

  it('fills in a ZO check: drafts save, bad answers are refused, completion needs every rating', async () => {
    const owner = await users.newUser('Zora');
    const organisationId = await newOrganisation(owner.session, 'ZO');
    const { startAssessment: draft } = await owner.session.ok<{ startAssessment: AssessmentData }>(
      START,
      {
        id: organisationId,
      },
    );
    expect(draft).toMatchObject({
      template: 'ZO_KMU',
      status: 'DRAFT',
      revision: 1,
      previousId: null,
    });
    expect(draft.checkpoints.map((c) => c.rating)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    // Starting again continues the same draft.
    const again = await owner.session.ok<{ startAssessment: AssessmentData }>(START, {
      id: organisationId,
    });
    expect(again.startAssessment.id).toBe(draft.id);

    const saved = await owner.session.ok<{ saveAssessment: AssessmentData }>(SAVE, {
      input: {
        assessmentId: draft.id,
        revision: 1,
        checkpoints: [
          {
            number: 2,
            rating: 'RED',
            tickedExamples: examples(ZO_CHECK, 2).slice(0, 2),
            notes: 'Ärger über Öffnungszeiten',
          },
        ],
      },
    });
    expect(saved.saveAssessment.revision).toBe(2);
    expect(saved.saveAssessment.checkpoints[1]).toMatchObject({
      rating: 'RED',
      notes: 'Ärger über Öffnungszeiten',
    });

    const badRating = await owner.session.run(SAVE, {
      input: { assessmentId: draft.id, revision: 2, checkpoints: [{ number: 1, rating: 'BLUE' }] },
    });
    expect(errorOf(badRating)).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'checks.ratingInvalid',
    });
    const foreignExample = await owner.session.run(SAVE, {
      input: {
        assessmentId: draft.id,
        revision: 2,
        checkpoints: [{ number: 1, tickedExamples: [examples(KMU_CHECK, 1)[0]] }],
      },
    });
    expect(errorOf(foreignExample).code).toBe('BAD_USER_INPUT');
    const early = await owner.session.run(COMPLETE, { id: draft.id, revision: 2 });
    expect(errorOf(early)).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'checks.unrated' });
    // Nothing of the refused changes was written.
    const { assessment } = await owner.session.ok<{ assessment: AssessmentData }>(
      `query($id: ID!) { assessment(id: $id) { ${ASSESSMENT} } }`,
      { id: draft.id },
    );
    expect(assessment.revision).toBe(2);
    expect(assessment.checkpoints[0].rating).toBeNull();
  });

  it('never lets two people overwrite each other: the second save gets the other answers back', async () => {
    const owner = await users.newUser('Olaf');
    const organisationId = await newOrganisation(owner.session, 'ZO');
    const editor = await users.newUser('Edda');
    await sql.query(
      `INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, 'EDITOR')`,
      [organisationId, editor.id],
    );
    const { startAssessment: draft } = await owner.session.ok<{ startAssessment: AssessmentData }>(
      START,
      {
        id: organisationId,
      },
    );
    await owner.session.ok(SAVE, {
      input: { assessmentId: draft.id, revision: 1, checkpoints: [{ number: 1, rating: 'GREEN' }] },
    });
    const conflict = await editor.session.run(SAVE, {
      input: { assessmentId: draft.id, revision: 1, checkpoints: [{ number: 1, rating: 'RED' }] },
    });
    expect(errorOf(conflict)).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'checks.revisionConflict',
    });
    const current = conflict.errors![0].extensions!['current'] as AssessmentData;
    expect(current.revision).toBe(2);
    expect(current.checkpoints[0].rating).toBe('GREEN');
  });

  it('completes, announces the completion, keeps it read-only, and carries answers into a re-check', async () => {
    const owner = await users.newUser('Rita');
    const organisationId = await newOrganisation(owner.session, 'ZO');
    const completed = await completeCheck(owner.session, organisationId, 'YELLOW');
    expect(completed.status).toBe('COMPLETED');
    const { rows: events } = await sql.query<{ type: string; processed: boolean }>(
      `SELECT type, processed_at IS NOT NULL AS processed FROM domain_event WHERE payload->>'assessmentId' = $1`,
      [completed.id],
    );
    expect(events).toEqual([{ type: 'AssessmentCompleted', processed: true }]);

    const edit = await owner.session.run(SAVE, {
      input: {
        assessmentId: completed.id,
        revision: completed.revision,
        checkpoints: [{ number: 1, rating: 'RED' }],
      },
    });
    expect(errorOf(edit)).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'checks.completedReadOnly',
    });

    const { startAssessment: recheck } = await owner.session.ok<{
      startAssessment: AssessmentData;
    }>(START, {
      id: organisationId,
    });
    expect(recheck.id).not.toBe(completed.id);
    expect(recheck.previousId).toBe(completed.id);
    expect(recheck.checkpoints).toEqual(completed.checkpoints);
    await owner.session.ok(SAVE, {
      input: {
        assessmentId: recheck.id,
        revision: recheck.revision,
        checkpoints: [{ number: 4, rating: 'GREEN' }],
      },
    });
    const { assessmentChanges } = await owner.session.ok<{
      assessmentChanges: {
        number: number;
        previousRating: string;
        rating: string;
        trend: string;
      }[];
    }>(
      `query($id: ID!) { assessmentChanges(assessmentId: $id) { number previousRating rating trend } }`,
      {
        id: recheck.id,
      },
    );
    expect(assessmentChanges.find((c) => c.number === 4)).toEqual({
      number: 4,
      previousRating: 'YELLOW',
      rating: 'GREEN',
      trend: 'IMPROVED',
    });
  });

  it('builds a measures plan from suggestions (red before yellow), edits, orders, and exports a PDF', async () => {
    const owner = await users.newUser('Mia');
    const organisationId = await newOrganisation(owner.session, 'KMU');
    const { startAssessment: draft } = await owner.session.ok<{ startAssessment: AssessmentData }>(
      START,
      {
        id: organisationId,
      },
    );
    expect(draft.template).toBe('KMU_ZO');
    const { saveAssessment: rated } = await owner.session.ok<{ saveAssessment: AssessmentData }>(
      SAVE,
      {
        input: {
          assessmentId: draft.id,
          revision: 1,
          checkpoints: KMU_CHECK.checkpoints.map((c) => ({
            number: c.number,
            rating: c.number === 5 ? 'RED' : c.number === 2 ? 'YELLOW' : 'GREEN',
            tickedExamples: [],
          })),
        },
      },
    );
    const { completeAssessment: done } = await owner.session.ok<{
      completeAssessment: AssessmentData;
    }>(COMPLETE, {
      id: rated.id,
      revision: rated.revision,
    });
    const { suggestedMeasures } = await owner.session.ok<{
      suggestedMeasures: { checkpoint: number; exampleCode: string; priority: string }[];
    }>(
      `query($id: ID!) { suggestedMeasures(assessmentId: $id) { checkpoint exampleCode priority } }`,
      { id: done.id },
    );
    expect(suggestedMeasures[0]).toMatchObject({ checkpoint: 5, priority: 'HIGH' });
    expect(suggestedMeasures.at(-1)).toMatchObject({ checkpoint: 2, priority: 'MEDIUM' });
    expect(new Set(suggestedMeasures.map((s) => s.checkpoint))).toEqual(new Set([5, 2]));

    const picked = [suggestedMeasures[0].exampleCode, suggestedMeasures.at(-1)!.exampleCode];
    const { addSuggestedMeasures: plan } = await owner.session.ok<{
      addSuggestedMeasures: { id: string; checkpoint: number; version: number }[];
    }>(
      `mutation($id: ID!, $codes: [String!]!) { addSuggestedMeasures(assessmentId: $id, exampleCodes: $codes) { id checkpoint version } }`,
      {
        id: done.id,
        codes: picked,
      },
    );
    expect(plan.map((m) => m.checkpoint)).toEqual([5, 2]);

    const backwards = await owner.session.run(
      `mutation($input: AddMeasureInput!) { addMeasure(input: $input) { id } }`,
      {
        input: {
          assessmentId: done.id,
          checkpoint: 6,
          text: 'Vereinbarung aufsetzen',
          startDate: '2026-12-01',
          reviewDate: '2026-11-01',
        },
      },
    );
    expect(errorOf(backwards)).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'measures.reviewBeforeStart',
    });

    const { addMeasure } = await owner.session.ok<{ addMeasure: { id: string } }>(
      `mutation($input: AddMeasureInput!) { addMeasure(input: $input) { id } }`,
      {
        input: {
          assessmentId: done.id,
          checkpoint: 6,
          text: 'Kooperationsvereinbarung mit der Tafel schließen',
          priority: 'HIGH',
          responsible: 'Frau Müller',
          startDate: '2026-11-01',
          reviewDate: '2026-11-15',
        },
      },
    );
    const { reorderMeasures } = await owner.session.ok<{
      reorderMeasures: { id: string; position: number }[];
    }>(
      `mutation($id: ID!, $ids: [ID!]!) { reorderMeasures(assessmentId: $id, ids: $ids) { id position } }`,
      { id: done.id, ids: [addMeasure.id, plan[1].id, plan[0].id] },
    );
    expect(reorderMeasures.map((m) => m.id)).toEqual([addMeasure.id, plan[1].id, plan[0].id]);

    const { dueMeasureReviews } = await owner.session.ok<{
      dueMeasureReviews: { measure: { id: string } }[];
    }>(`query($id: ID!) { dueMeasureReviews(organisationId: $id) { measure { id } } }`, {
      id: organisationId,
    });
    expect(dueMeasureReviews.map((d) => d.measure.id)).toEqual([addMeasure.id]);

    for (const language of ['de', 'en']) {
      const { assessmentReport } = await owner.session.ok<{
        assessmentReport: { filename: string; base64: string };
      }>(
        `query($id: ID!, $language: String!) { assessmentReport(assessmentId: $id, language: $language) { filename base64 } }`,
        { id: done.id, language },
      );
      const pdf = Buffer.from(assessmentReport.base64, 'base64');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(10_000);
      expect(assessmentReport.filename).toMatch(/\.pdf$/);
      // Kept for looking at (test-output/ is git-ignored).
      mkdirSync(join(workspaceRoot, 'test-output/reports'), { recursive: true });
      writeFileSync(join(workspaceRoot, `test-output/reports/report-${language}.pdf`), pdf);
    }
  });

  it('lets intermediaries not fill in a check and shows a benchmark only from five organisations', async () => {
    const broker = await users.newUser('Bea');
    const intermediary = await newOrganisation(broker.session, 'INTERMEDIARY');
    const refused = await broker.session.run(START, { id: intermediary });
    expect(errorOf(refused)).toMatchObject({ messageKey: 'checks.kindCannotAssess' });

    // Five ZOs in Speyer (district 07318) complete their checks.
    const completed: string[] = [];
    for (let i = 0; i < 5; i++) {
      const user = await users.newUser(`Speyer${i}`);
      const organisationId = await newOrganisation(user.session, 'ZO', '67346');
      completed.push(
        (await completeCheck(user.session, organisationId, i < 2 ? 'RED' : 'GREEN')).id,
      );
      const BENCH = `query($id: ID!) { assessmentBenchmark(assessmentId: $id, scope: "DISTRICT") {
        regionName organisations checkpoints { number red yellow green } } }`;
      const { assessmentBenchmark } = await user.session.ok<{
        assessmentBenchmark: {
          regionName: string;
          organisations: number;
          checkpoints: { red: number; green: number }[];
        } | null;
      }>(BENCH, { id: completed[i] });
      if (i < 4) expect(assessmentBenchmark).toBeNull();
      else
        expect(assessmentBenchmark).toMatchObject({
          regionName: 'Speyer',
          organisations: 5,
          checkpoints: expect.arrayContaining([
            { number: 1, red: 2, yellow: 0, green: 3 },
          ]) as unknown,
        });
    }
  });
});
