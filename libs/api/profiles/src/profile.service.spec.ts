import 'reflect-metadata';
import { resolve } from 'node:path';
import {
  AuditLogEntity,
  ConsultantGrantEntity,
  IntermediaryDistrictEntity,
  MembershipEntity,
  type Actor,
} from '@bs/api/access';
import { UserEntity } from '@bs/api/accounts';
import { AssessmentEntity } from '@bs/api/checks';
import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import { DomainEventEntity, DomainEventsService, EventsModule } from '@bs/api/events';
import { OrganisationEntity } from '@bs/api/organisations';
import { ensureGeodata, geodataEntities } from '@bs/api/regions';
import {
  deriveProfile,
  latestCheckVersion,
  type AssessmentAnswers,
  type ProfileCategory,
} from '@bs/domain';
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MatchProfileEntity, MatchTopicEntity } from './match-index.entity';
import { MatchIndexWriter } from './match-index.writer';
import { ProfileEntryEntity } from './profile-entry.entity';
import { ProfileEntity } from './profile.entity';
import { ProfileService } from './profile.service';
import { ProfilesModule } from './profiles.module';

const geoDataDir =
  process.env['GEO_DATA_DIR'] ?? resolve(import.meta.dirname, '../../../../../shared/data/geo');

/** The error code and message key of a typed API error. */
async function failure(promise: Promise<unknown>): Promise<{ code: string; messageKey: string }> {
  try {
    await promise;
  } catch (error) {
    const { code, messageKey } = (error as GraphQLError).extensions as Record<string, string>;
    return { code, messageKey };
  }
  throw new Error('expected the call to fail');
}

/** A completed ZO check: seeks volunteers and donations, theme youth, one required criterion. */
const ZO_CHECK: AssessmentAnswers = {
  checkpoints: [
    { number: 1, rating: 'GREEN', tickedExamples: ['zo-1-volunteers'], notes: '' },
    {
      number: 2,
      rating: 'YELLOW',
      tickedExamples: ['zo-2-volunteers-seek', 'zo-2-donations-seek', 'zo-2-team-days-offer'],
      notes: '',
    },
    {
      number: 3,
      rating: 'YELLOW',
      tickedExamples: ['zo-3-theme-youth'],
      notes: '',
      requiredCriteria: ['occupational-safety-health'],
      exitCriteria: ['partner-violates-values'],
    },
    { number: 4, rating: 'GREEN', tickedExamples: [], notes: '' },
    { number: 5, rating: 'GREEN', tickedExamples: ['zo-5-proof-charitable-status'], notes: '' },
    { number: 6, rating: 'RED', tickedExamples: [], notes: '' },
    { number: 7, rating: 'RED', tickedExamples: [], notes: '' },
  ],
};

/** The same ZO a year later: no longer seeks donations, now seeks in-kind support. */
const ZO_RECHECK: AssessmentAnswers = {
  checkpoints: ZO_CHECK.checkpoints.map((c) =>
    c.number === 2
      ? { ...c, rating: 'GREEN', tickedExamples: ['zo-2-volunteers-seek', 'zo-2-in-kind-seek'] }
      : c,
  ),
};

describe('ProfileService and the profile derivation (database)', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let dataSource: DataSource;
  let profiles: ProfileService;
  let events: DomainEventsService;
  let index: MatchIndexWriter;
  let editor: Actor;
  let stranger: Actor;
  let mediator: Actor;
  let farMediator: Actor;
  let mediatorOrg: string;
  let farMediatorOrg: string;

  const sql = <T = unknown>(query: string, params: unknown[] = []) =>
    dataSource.query<T[]>(query, params);

  async function user(name: string): Promise<Actor> {
    const [row] = await sql<{ id: string }>(
      `INSERT INTO app_user (email, password_hash, display_name, email_verified_at)
       VALUES ($1, 'x', $2, now()) RETURNING id`,
      [`${name}.${Math.random().toString(36).slice(2)}@example.org`, name],
    );
    return { userId: row?.id ?? '', platformRole: 'USER' };
  }

  /** An organisation in Mannheim (district 08222) unless a postcode elsewhere is given. */
  async function organisation(
    kind: 'ZO' | 'KMU' | 'INTERMEDIARY',
    member?: Actor,
    place = { postcode: '68159', lng: 8.466, lat: 49.4875 },
  ): Promise<string> {
    const [row] = await sql<{ id: string }>(
      `INSERT INTO organisation (kind, name, postcode, city, location, district_key, land_key)
       SELECT $1::organisation_kind, $2, $3, 'Ort', ST_SetSRID(ST_MakePoint($4, $5), 4326)::geography,
              d.key, d.land_key
         FROM district d WHERE ST_Intersects(d.geom::geometry, ST_SetSRID(ST_MakePoint($4, $5), 4326))
       RETURNING id`,
      [
        kind,
        `${kind} ${Math.random().toString(36).slice(2)}`,
        place.postcode,
        place.lng,
        place.lat,
      ],
    );
    const id = row?.id ?? '';
    if (member) {
      await sql(
        `INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, 'EDITOR')`,
        [id, member.userId],
      );
    }
    return id;
  }

  /** Completes a check the way the checks context does: assessment and event in one transaction. */
  async function complete(organisationId: string, answers: AssessmentAnswers, daysAgo = 0) {
    const kind = (
      await sql<{ kind: 'ZO' | 'KMU' }>(`SELECT kind FROM organisation WHERE id = $1`, [
        organisationId,
      ])
    )[0]?.kind;
    const template = kind === 'ZO' ? 'ZO_KMU' : 'KMU_ZO';
    const id = await dataSource.transaction(async (manager) => {
      const [row] = await manager.query<{ id: string }[]>(
        `INSERT INTO assessment (organisation_id, template, version, status, answers, completed_at)
         VALUES ($1, $2, 1, 'COMPLETED', $3, now() - make_interval(days => $4)) RETURNING id`,
        [organisationId, template, JSON.stringify(answers), daysAgo],
      );
      await events.publish(manager, 'AssessmentCompleted', {
        assessmentId: row?.id ?? '',
        organisationId,
        template,
        version: 1,
      });
      return row?.id ?? '';
    });
    await events.dispatch();
    return id;
  }

  const entries = (organisationId: string) =>
    dataSource.manager.find(ProfileEntryEntity, {
      where: { organisationId },
      order: { id: 'ASC' },
    });

  const item = (
    organisationId: string,
    category: ProfileCategory,
    code: string,
    direction: 'OFFERS' | 'SEEKS' | null = null,
  ) => ({ organisationId, category, code, direction });

  /** The whole match index as comparable rows. */
  async function indexSnapshot() {
    const profileRows = await sql(
      `SELECT organisation_id, kind, radius_km, offers, seeks, themes, attributes,
              verified_attributes, required_criteria, require_verified, readiness, ratings,
              ST_AsText(location) AS location
         FROM match_profile ORDER BY organisation_id`,
    );
    const topicRows = await sql(
      `SELECT organisation_id, key, lead_time_days, group_size, radius_km, offers, seeks, themes,
              attributes, verified_attributes, required_criteria, require_verified, readiness,
              ST_AsText(location) AS location, ST_AsText(pos) AS pos
         FROM match_topic ORDER BY organisation_id, key`,
    );
    return { profileRows, topicRows };
  }

  /** Everything observable about a profile: row, entries, index rows. */
  async function state(organisationId: string) {
    return {
      profile: await sql(`SELECT * FROM profile WHERE organisation_id = $1`, [organisationId]),
      entries: await entries(organisationId),
      index: await sql(`SELECT * FROM match_profile WHERE organisation_id = $1`, [organisationId]),
      topics: await sql(`SELECT * FROM match_topic WHERE organisation_id = $1 ORDER BY key`, [
        organisationId,
      ]),
    };
  }

  beforeAll(async () => {
    db = await startTestDatabase();
    const moduleRef = await Test.createTestingModule({
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: db.url,
          entities: [
            ...geodataEntities,
            OrganisationEntity,
            UserEntity,
            MembershipEntity,
            ConsultantGrantEntity,
            IntermediaryDistrictEntity,
            AuditLogEntity,
            AssessmentEntity,
            DomainEventEntity,
            ProfileEntity,
            ProfileEntryEntity,
            MatchProfileEntity,
            MatchTopicEntity,
          ],
          installExtensions: false,
          extra: { max: db.poolSize },
        }),
        EventsModule,
        ProfilesModule,
      ],
    }).compile();
    app = await moduleRef.init();
    dataSource = app.get(DataSource);
    profiles = app.get(ProfileService);
    events = app.get(DomainEventsService);
    index = app.get(MatchIndexWriter);
    const quiet = { info: () => undefined, warn: () => undefined };
    await ensureGeodata(dataSource, geoDataDir, quiet);

    [editor, stranger, mediator, farMediator] = await Promise.all([
      user('Eddi'),
      user('Stefan'),
      user('Mia'),
      user('Fritz'),
    ]);
    mediatorOrg = await organisation('INTERMEDIARY', mediator);
    farMediatorOrg = await organisation('INTERMEDIARY', farMediator, {
      postcode: '80331',
      lng: 11.5755,
      lat: 48.1374,
    });
    await sql(
      `INSERT INTO intermediary_district (organisation_id, district_key) VALUES ($1, '08222'), ($2, '09162')`,
      [mediatorOrg, farMediatorOrg],
    );
  });

  afterAll(async () => {
    await app?.close();
    await db?.stop();
  });

  it('derives the profile from a completed check, with provenance, readiness and index row', async () => {
    const zo = await organisation('ZO', editor);
    const assessmentId = await complete(zo, ZO_CHECK);

    const expected = deriveProfile(latestCheckVersion('ZO'), ZO_CHECK);
    const stored = await entries(zo);
    expect(stored.map((e) => [e.category, e.code, e.direction, e.examples])).toEqual(
      expected.items.map((i) => [i.category, i.code, i.direction, i.examples]),
    );
    expect(stored.every((e) => e.fromCheck && !e.manual && !e.hidden)).toBe(true);

    const profile = await profiles.get(editor, zo);
    expect(profile.derivation).toMatchObject({ assessmentId, template: 'ZO_KMU', version: 1 });
    expect(profile.readiness).toMatchObject({ green: 3, yellow: 2, red: 2 });
    expect(profile.readiness?.score).toBeCloseTo(expected.readiness.score, 3);
    const [row] = await sql<{ seeks: number; readiness: number; ratings: string }>(
      `SELECT seeks, readiness, ratings FROM match_profile WHERE organisation_id = $1`,
      [zo],
    );
    expect(row).toMatchObject({ ratings: 'GYYGGRR', readiness: expected.readiness.score });
    expect(row?.seeks).not.toBe(0);
  });

  it('keeps entries added by hand after a new check and reports what the check changed', async () => {
    const zo = await organisation('ZO', editor);
    await complete(zo, ZO_CHECK, 400);
    await profiles.addEntry(editor, item(zo, 'TOPIC', 'expertise-it', 'SEEKS'));
    await profiles.removeEntry(editor, item(zo, 'THEME', 'youth'));

    await complete(zo, ZO_RECHECK);
    const profile = await profiles.get(editor, zo);
    const codes = profile.entries.map(
      (e) => `${e.code}:${e.manual ? 'hand' : ''}${e.hidden ? 'hidden' : ''}`,
    );
    expect(codes).toContain('expertise-it:hand');
    expect(codes).toContain('youth:hidden');
    expect(codes).not.toContain('donations:');
    expect(profile.derivation?.changes).toEqual([
      { category: 'TOPIC', code: 'in-kind', direction: 'SEEKS', change: 'ADDED', effective: true },
      {
        category: 'TOPIC',
        code: 'donations',
        direction: 'SEEKS',
        change: 'REMOVED',
        effective: true,
      },
      {
        category: 'TOPIC',
        code: 'team-days',
        direction: 'OFFERS',
        change: 'REMOVED',
        effective: true,
      },
    ]);
  });

  it('ignores a check that completed before the one the profile already came from', async () => {
    const zo = await organisation('ZO', editor);
    await complete(zo, ZO_RECHECK);
    const before = await state(zo);
    await complete(zo, ZO_CHECK, 30);
    expect(await state(zo)).toEqual(before);
  });

  it('refuses bad adjustments with specific errors and changes nothing', async () => {
    const zo = await organisation('ZO', editor);
    await complete(zo, ZO_CHECK);
    const before = await state(zo);
    const version = (await profiles.get(editor, zo)).version;

    const refusals = await Promise.all([
      failure(profiles.addEntry(editor, item(zo, 'TOPIC', 'time-travel', 'SEEKS'))),
      failure(profiles.addEntry(editor, item(zo, 'TOPIC', 'donations', 'OFFERS'))),
      failure(profiles.addEntry(editor, item(zo, 'REQUIRED_CRITERION', 'charitable-status'))),
      failure(profiles.addEntry(editor, item(zo, 'ATTRIBUTE', 'oshms-certificate'))),
      failure(
        profiles.setOfferTerms(editor, {
          organisationId: zo,
          topic: 'team-days',
          capacityPerYear: 0,
          version,
        }),
      ),
      failure(
        profiles.setOfferTerms(editor, {
          organisationId: zo,
          topic: 'team-days',
          leadTimeDays: -1,
          version,
        }),
      ),
      failure(
        profiles.setOfferTerms(editor, {
          organisationId: zo,
          topic: 'apprentice-mentoring',
          groupSize: 3,
          version,
        }),
      ),
      failure(profiles.updateSettings(editor, { organisationId: zo, version, radiusKm: 0 })),
      failure(
        profiles.verifyAttribute(farMediator, {
          organisationId: zo,
          attribute: 'charitable-status',
          intermediaryId: farMediatorOrg,
        }),
      ),
      failure(
        profiles.verifyAttribute(mediator, {
          organisationId: zo,
          attribute: 'child-protection-concept',
          intermediaryId: mediatorOrg,
        }),
      ),
      failure(profiles.addEntry(stranger, item(zo, 'THEME', 'sport'))),
    ]);
    expect(refusals).toEqual([
      { code: 'BAD_USER_INPUT', messageKey: 'profiles.codeUnknown' },
      { code: 'BAD_USER_INPUT', messageKey: 'profiles.directionNotNatural' },
      { code: 'BAD_USER_INPUT', messageKey: 'profiles.criterionWrongKind' },
      { code: 'BAD_USER_INPUT', messageKey: 'profiles.attributeWrongKind' },
      { code: 'BAD_USER_INPUT', messageKey: 'profiles.capacityInvalid' },
      { code: 'BAD_USER_INPUT', messageKey: 'profiles.leadTimeInvalid' },
      { code: 'BAD_USER_INPUT', messageKey: 'profiles.notOffered' },
      { code: 'BAD_USER_INPUT', messageKey: 'profiles.radiusInvalid' },
      { code: 'FORBIDDEN', messageKey: 'profiles.verifierOutsideRegion' },
      { code: 'BAD_USER_INPUT', messageKey: 'profiles.attributeNotHeld' },
      { code: 'FORBIDDEN', messageKey: 'access.forbidden' },
    ]);
    expect(await state(zo)).toEqual(before);
  });

  it('never loses concurrent additions and turns a stale version into a conflict', async () => {
    const zo = await organisation('ZO', editor);
    await complete(zo, ZO_CHECK);
    const topics = ['expertise-it', 'expertise-hr', 'expertise-finance', 'in-kind', 'hospitation'];
    const themes = ['sport', 'culture', 'health', 'climate', 'education'];
    const { version } = await profiles.get(editor, zo);
    await Promise.all([
      ...topics.map((code) => profiles.addEntry(editor, item(zo, 'TOPIC', code, 'SEEKS'))),
      ...themes.map((code) => profiles.addEntry(editor, item(zo, 'THEME', code))),
    ]);
    const after = await profiles.get(editor, zo);
    for (const code of [...topics, ...themes]) {
      expect(after.entries.some((e) => e.code === code && e.manual)).toBe(true);
    }
    expect(after.version).toBe(version + 10);

    await profiles.setOfferTerms(editor, {
      organisationId: zo,
      topic: 'team-days',
      capacityPerYear: 4,
      leadTimeDays: 21,
      groupSize: 12,
      version: after.version,
    });
    expect(
      await failure(
        profiles.setOfferTerms(editor, {
          organisationId: zo,
          topic: 'team-days',
          capacityPerYear: 1,
          version: after.version,
        }),
      ),
    ).toEqual({ code: 'CONFLICT', messageKey: 'profiles.versionConflict' });
    const terms = (await profiles.get(editor, zo)).entries.find(
      (e) => e.code === 'team-days',
    )?.terms;
    expect(terms).toEqual({ capacityPerYear: 4, leadTimeDays: 21, groupSize: 12 });
  });

  it('shows each field only to the viewers its visibility allows', async () => {
    const zo = await organisation('ZO', editor);
    await complete(zo, ZO_CHECK);
    await profiles.removeEntry(editor, item(zo, 'TOPIC', 'donations', 'SEEKS'));
    const { version } = await profiles.get(editor, zo);
    await profiles.updateSettings(editor, {
      organisationId: zo,
      version,
      visibility: [{ field: 'SEEKS', level: 'SIGNED_IN' }],
    });

    const anonymous = await profiles.get(null, zo);
    expect(anonymous.entries.some((e) => e.direction === 'SEEKS')).toBe(false);
    expect(anonymous.withheldFields).toEqual(
      expect.arrayContaining(['SEEKS', 'REQUIRED_CRITERIA', 'EXIT_CRITERIA', 'READINESS']),
    );
    expect(anonymous.withheld).toContainEqual({ field: 'SEEKS', level: 'SIGNED_IN' });
    expect(anonymous.withheld).toContainEqual({ field: 'EXIT_CRITERIA', level: 'CONTACTS' });
    expect(anonymous.readiness).toBeNull();
    expect(anonymous.settings).toBeNull();
    expect(anonymous.derivation?.changes).toEqual([]);

    const signedIn = await profiles.get(stranger, zo);
    const sought = signedIn.entries.filter((e) => e.direction === 'SEEKS').map((e) => e.code);
    expect(sought).toEqual(['volunteers']);
    expect(signedIn.readiness).not.toBeNull();
    expect(signedIn.withheldFields).toEqual(['EXIT_CRITERIA']);
    expect(signedIn.canEdit).toBe(false);

    const insider = await profiles.get(editor, zo);
    expect(insider.entries.find((e) => e.code === 'donations')).toMatchObject({ hidden: true });
    expect(insider.settings?.visibility).toContainEqual({ field: 'SEEKS', level: 'SIGNED_IN' });
    expect(insider.withheldFields).toEqual([]);
  });

  it('lets an intermediary of the district verify a held attribute, and removal drops it', async () => {
    const zo = await organisation('ZO', editor);
    await complete(zo, ZO_CHECK);
    const verify = {
      organisationId: zo,
      attribute: 'charitable-status',
      intermediaryId: mediatorOrg,
    };
    const seenByMediator = await profiles.get(mediator, zo);
    expect(seenByMediator.canVerify).toBe(true);
    expect(seenByMediator.verifyingIntermediaries.map((i) => i.id)).toEqual([mediatorOrg]);
    expect((await profiles.get(farMediator, zo)).verifyingIntermediaries).toEqual([]);
    const verified = await profiles.verifyAttribute(mediator, verify);
    expect(
      verified.entries.find((e) => e.code === 'charitable-status')?.verification,
    ).toMatchObject({
      intermediaryId: mediatorOrg,
    });
    const masks = async () =>
      (
        await sql<{ attributes: number; verified_attributes: number }>(
          `SELECT attributes, verified_attributes FROM match_profile WHERE organisation_id = $1`,
          [zo],
        )
      )[0];
    expect((await masks())?.verified_attributes).toBe((await masks())?.attributes);

    await profiles.removeEntry(editor, item(zo, 'ATTRIBUTE', 'charitable-status'));
    await profiles.addEntry(editor, item(zo, 'ATTRIBUTE', 'charitable-status'));
    const readded = (await profiles.get(editor, zo)).entries.find(
      (e) => e.code === 'charitable-status',
    );
    expect(readded).toMatchObject({
      hidden: false,
      manual: false,
      fromCheck: true,
      verification: null,
    });
    expect((await masks())?.verified_attributes).toBe(0);
  });

  it('keeps the match index in agreement with the profiles: a rebuild from scratch changes nothing', async () => {
    const zo = await organisation('ZO', editor);
    const kmu = await organisation('KMU', editor);
    await complete(zo, ZO_CHECK);
    await complete(kmu, {
      checkpoints: ZO_CHECK.checkpoints.map((c) => ({
        number: c.number,
        rating: c.rating,
        notes: '',
        tickedExamples:
          c.number === 2 ? ['kmu-2-in-kind-offer'] : c.number === 5 ? ['kmu-5-proof-oshms'] : [],
      })),
    });
    await profiles.addEntry(editor, item(kmu, 'TOPIC', 'volunteers', 'OFFERS'));
    const { version } = await profiles.get(editor, kmu);
    await profiles.setOfferTerms(editor, {
      organisationId: kmu,
      topic: 'volunteers',
      leadTimeDays: 14,
      groupSize: 5,
      version,
    });
    await profiles.updateSettings(editor, {
      organisationId: kmu,
      version: version + 1,
      radiusKm: 55,
      requireVerified: true,
    });
    await profiles.removeEntry(editor, item(zo, 'TOPIC', 'volunteers', 'SEEKS'));
    // The organisation moves across town: the index follows in the same transaction.
    await sql(
      `UPDATE organisation SET location = ST_SetSRID(ST_MakePoint(8.52, 49.47), 4326)::geography
        WHERE id = $1`,
      [kmu],
    );

    const incremental = await indexSnapshot();
    const rebuilt = await dataSource.transaction(async (manager) => {
      const count = await index.rebuild(manager, 3);
      return count;
    });
    expect(rebuilt).toBeGreaterThanOrEqual(2);
    expect(await indexSnapshot()).toEqual(incremental);
    const [moved] = await sql<{ location: string }>(
      `SELECT ST_AsText(location) AS location FROM match_topic WHERE organisation_id = $1 LIMIT 1`,
      [kmu],
    );
    expect(moved?.location).toBe('POINT(8.52 49.47)');
  });

  it('has no profile for intermediaries', async () => {
    expect(await failure(profiles.get(mediator, mediatorOrg))).toEqual({
      code: 'BAD_USER_INPUT',
      messageKey: 'profiles.kindHasNoProfile',
    });
  });
});
