import 'reflect-metadata';
import { PolicyService } from '@bs/api/access';
import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import type { IndexedEntry } from '@bs/domain';
import { DataSource, type Logger } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MatchesArgs, MatchWithArgs } from './dto/matches.args';
import { MatchRepository } from './match.repository';
import { MatchingService } from './matching.service';
import { loadMatchIndex, type PlacedProfile } from './testing/random-profiles';

const topic = (code: string, direction: 'OFFERS' | 'SEEKS'): IndexedEntry => ({
  category: 'TOPIC',
  code,
  direction,
  verified: false,
  leadTimeDays: null,
  groupSize: null,
});
const theme = (code: string): IndexedEntry => ({
  category: 'THEME',
  code,
  direction: null,
  verified: false,
  leadTimeDays: null,
  groupSize: null,
});
const id = (n: number) => `00000000-0000-4000-a000-${String(n).padStart(12, '0')}`;

const CLUB: PlacedProfile = {
  id: id(1),
  name: 'Turnverein',
  kind: 'ZO',
  radiusKm: 30,
  requireVerified: false,
  readiness: 0.7,
  ratings: ['GREEN', 'GREEN', 'YELLOW', 'GREEN', 'GREEN', 'GREEN', 'YELLOW'],
  entries: [topic('volunteers', 'SEEKS'), topic('team-days', 'OFFERS'), theme('sport')],
  lat: 49.4875,
  lng: 8.466,
};
/** 30 companies east of the club, 1 km apart, every one offering volunteers. */
const COMPANIES: PlacedProfile[] = Array.from({ length: 30 }, (_, i) => ({
  id: id(100 + i),
  name: `Firma ${i + 1}`,
  kind: 'KMU',
  radiusKm: 40,
  requireVerified: false,
  readiness: 0.5,
  ratings: ['GREEN', 'GREEN', 'YELLOW', 'GREEN', 'GREEN', 'GREEN', 'YELLOW'],
  entries: [
    topic('volunteers', 'OFFERS'),
    ...(i % 3 === 0 ? [topic('team-days', 'SEEKS')] : []),
    theme('sport'),
  ],
  lat: 49.4875,
  lng: 8.466 + (i + 1) * 0.0139,
}));

describe('MatchingService (PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let service: MatchingService;
  let statements = 0;
  type User = { userId: string; platformRole: 'USER' };
  // Filled in beforeAll, before any test reads them.
  const users = {} as Record<'owner' | 'stranger' | 'agency', User>;
  const agencyId = id(900);
  const emptyZoId = id(901);

  const args = (change: Partial<MatchesArgs> = {}): MatchesArgs =>
    Object.assign(new MatchesArgs(), { organisationId: CLUB.id }, change);
  const loader = (actor = users.owner) => service.partnerLoader(actor);
  const errorOf = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: { extensions: { code: string; messageKey: string } }) => error.extensions,
    );

  beforeAll(async () => {
    db = await startTestDatabase();
    const counting: Logger = {
      logQuery: () => void (statements += 1),
      logQueryError: () => undefined,
      logQuerySlow: () => undefined,
      logSchemaBuild: () => undefined,
      logMigration: () => undefined,
      log: () => undefined,
    };
    dataSource = new DataSource({
      type: 'postgres',
      url: db.url,
      installExtensions: false,
      logging: ['query'],
      logger: counting,
    });
    await dataSource.initialize();
    service = new MatchingService(
      new MatchRepository(dataSource),
      new PolicyService(dataSource),
      dataSource,
      { perTopicLimit: 100, preparedStatements: db.flavour === 'native' },
    );
    await loadMatchIndex(dataSource.manager, [CLUB, ...COMPANIES]);
    // Firma 2 shows what it offers only to accepted contacts.
    await dataSource.query(
      `INSERT INTO profile (organisation_id, visibility) VALUES ($1, '{"OFFERS": "CONTACTS"}')`,
      [id(101)],
    );
    await dataSource.query(
      `INSERT INTO organisation (id, kind, name, postcode, city, location) VALUES
         ($1, 'INTERMEDIARY', 'Freiwilligenagentur', '68159', 'Mannheim', ST_SetSRID(ST_MakePoint(8.47, 49.49), 4326)::geography),
         ($2, 'ZO', 'Neuer Verein', '68159', 'Mannheim', ST_SetSRID(ST_MakePoint(8.47, 49.49), 4326)::geography)`,
      [agencyId, emptyZoId],
    );
    for (const [label, organisation] of [
      ['owner', CLUB.id],
      ['stranger', null],
      ['agency', agencyId],
    ] as const) {
      const [user] = await dataSource.query<{ id: string }[]>(
        `INSERT INTO app_user (email, password_hash, display_name, email_verified_at)
         VALUES ($1, 'x', $2, now()) RETURNING id`,
        [`${label}@matching.example`, label],
      );
      if (!user) throw new Error('no user');
      users[label] = { userId: user.id, platformRole: 'USER' };
      for (const org of organisation
        ? [organisation, ...(label === 'owner' ? [emptyZoId] : [])]
        : []) {
        await dataSource.query(
          `INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, 'OWNER')`,
          [org, user.id],
        );
      }
    }
  }, 120_000);

  afterAll(async () => {
    await service?.onModuleDestroy();
    await dataSource?.destroy();
    await db?.stop();
  });

  beforeEach(async () => {
    await dataSource.query(`DELETE FROM match_exclusion`);
  });

  it('lists the companies best first: two-sided fits, then the nearest', async () => {
    const page = await service.matches(users.owner, args({ first: 5 }), loader());
    expect(page.totalCount).toBe(29); // Firma n is n km east; Firma 30 is beyond the club's 30 km
    expect(page.complete).toBe(true);
    expect(page.hasMore).toBe(true);
    // Firma 1, 4, 7 … seek team days too: they come first, the nearest of them first.
    expect(page.items.map((m) => m.partner.name)).toEqual([
      'Firma 1',
      'Firma 4',
      'Firma 7',
      'Firma 10',
      'Firma 13',
    ]);
    const [best] = page.items;
    expect(best?.youSeekTheyOffer).toEqual({ codes: ['volunteers'], count: 1, hiddenCount: 0 });
    expect(best?.theySeekYouOffer.codes).toEqual(['team-days']);
    expect(best?.factors.topics.fit).toBe(1);
    expect(best?.signals).toEqual(['BOTH_GREEN_CONTACT', 'BOTH_GREEN_AGREEMENTS']);
    const sum =
      (best?.factors.topics.contribution ?? 0) +
      (best?.factors.themes.contribution ?? 0) +
      (best?.factors.distance.contribution ?? 0) +
      (best?.factors.readiness.contribution ?? 0);
    expect(best?.score).toBeCloseTo(sum, 12);
  });

  it('issues the same two statements (searcher with the viewer relations, ranking with partners) for a page of 2 and of 40', async () => {
    statements = 0;
    const small = await service.matches(users.owner, args({ first: 2 }), loader());
    const forSmall = statements;
    statements = 0;
    const large = await service.matches(users.owner, args({ first: 40 }), loader());
    expect(small.items).toHaveLength(2);
    expect(large.items).toHaveLength(29);
    expect(statements).toBe(forSmall);
    expect(statements).toBe(2);
  });

  it('counts but does not name topics from a field the partner shows only to contacts', async () => {
    const page = await service.matches(users.owner, args({ first: 50 }), loader());
    const hidden = page.items.find((m) => m.partner.name === 'Firma 2');
    expect(hidden?.youSeekTheyOffer).toEqual({ codes: [], count: 1, hiddenCount: 1 });
    expect(hidden?.sharedThemes.codes).toEqual(['sport']);
  });

  it('filters by radius, topics and themes and pages on', async () => {
    const near = await service.matches(users.owner, args({ radiusKm: 5 }), loader());
    expect(near.items.map((m) => m.partner.name)).toEqual([
      'Firma 1',
      'Firma 4',
      'Firma 2',
      'Firma 3',
    ]);
    const teamDays = await service.matches(
      users.owner,
      args({ topics: ['team-days'], first: 50 }),
      loader(),
    );
    expect(teamDays.totalCount).toBe(10);
    const care = await service.matches(users.owner, args({ themes: ['care'] }), loader());
    expect(care.items).toEqual([]);
    const second = await service.matches(users.owner, args({ first: 20, offset: 20 }), loader());
    expect(second.items).toHaveLength(9);
    expect(second.hasMore).toBe(false);
  });

  it('excludes a partner in both directions until restored', async () => {
    await service.exclude(users.owner, CLUB.id, id(100));
    const page = await service.matches(users.owner, args({ first: 50 }), loader());
    expect(page.items.map((m) => m.partner.id)).not.toContain(id(100));
    const check = await service.matchWith(
      users.owner,
      Object.assign(new MatchWithArgs(), { organisationId: CLUB.id, partnerId: id(100) }),
      loader(),
    );
    expect(check.blockers).toEqual(['EXCLUDED']);
    expect(check.match).toBeNull();
    const listed = await service.exclusions(users.owner, CLUB.id, loader());
    expect(listed.map((e) => [e.partner.name, e.reason])).toEqual([['Firma 1', 'NOT_INTERESTED']]);
    await service.restore(users.owner, CLUB.id, id(100));
    const again = await service.matches(users.owner, args({ first: 1 }), loader());
    expect(again.items[0]?.partner.id).toBe(id(100));
  });

  it('explains a single pair, or names what blocks it', async () => {
    const pair = (partnerId: string, radiusKm?: number) =>
      service.matchWith(
        users.owner,
        Object.assign(new MatchWithArgs(), { organisationId: CLUB.id, partnerId, radiusKm }),
        loader(),
      );
    const near = await pair(id(100));
    expect(near.blockers).toEqual([]);
    expect(near.match?.distanceKm).toBeCloseTo(1, 0);
    const far = await pair(id(129));
    expect(far.blockers).toEqual(['OUTSIDE_RADIUS']);
    expect(far.distanceKm).toBeGreaterThan(30);
  });

  it('gives specific errors for bad input and the wrong organisation', async () => {
    expect(
      await errorOf(service.matches(users.owner, args({ radiusKm: 0 }), loader())),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'matching.radiusInvalid',
    });
    expect(
      await errorOf(service.matches(users.owner, args({ radiusKm: 201 }), loader())),
    ).toMatchObject({
      messageKey: 'matching.radiusInvalid',
    });
    expect(
      await errorOf(service.matches(users.owner, args({ topics: ['yachts'] }), loader())),
    ).toMatchObject({
      messageKey: 'matching.topicUnknown',
    });
    expect(
      await errorOf(service.matches(users.stranger, args(), loader(users.stranger))),
    ).toMatchObject({
      code: 'FORBIDDEN',
      messageKey: 'matching.notActingFor',
    });
    expect(await errorOf(service.matches(null, args(), loader()))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(
      await errorOf(
        service.matches(users.agency, args({ organisationId: agencyId }), loader(users.agency)),
      ),
    ).toMatchObject({ messageKey: 'matching.kindCannotMatch' });
    expect(
      await errorOf(service.matches(users.owner, args({ organisationId: emptyZoId }), loader())),
    ).toMatchObject({ messageKey: 'matching.noProfile' });
    // The permission comes first: a stranger learns nothing of the organisation's kind or profile.
    expect(
      await errorOf(
        service.matches(users.stranger, args({ organisationId: agencyId }), loader(users.stranger)),
      ),
    ).toMatchObject({ code: 'FORBIDDEN', messageKey: 'matching.notActingFor' });
    expect(
      await errorOf(service.matches(users.owner, args({ organisationId: id(999_999) }), loader())),
    ).toMatchObject({ code: 'NOT_FOUND', messageKey: 'organisations.notFound' });
    expect(await errorOf(service.exclude(users.stranger, CLUB.id, id(100)))).toMatchObject({
      messageKey: 'matching.excludeForbidden',
    });
  });
});
