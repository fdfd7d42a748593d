import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseEnv, graphql, startApi, type ApiProcess } from '../support/api-process';

const FEATURES = `query MapFeatures($viewport: MapViewportInput!, $filter: MapFilterInput) {
  mapFeatures(viewport: $viewport, filter: $filter) {
    total
    totals { zo kmu intermediary }
    clusters { id count counts { zo kmu intermediary } location { lat lng } bounds { south west north east } }
    organisations { id kind name postcode city location { lat lng } }
  }
}`;
const LIST = `query List($viewport: MapViewportInput!, $offset: Int, $limit: Int) {
  mapOrganisationList(viewport: $viewport, offset: $offset, limit: $limit) {
    total entries { distanceKm organisation { name } }
  }
}`;
const SEARCH = `query Search($input: MapSearchInput!) {
  mapSearch(input: $input) { places { postcode name location { lat lng } } organisations { organisation { name } } }
}`;

interface Features {
  total: number;
  totals: { zo: number; kmu: number; intermediary: number };
  clusters: {
    id: string;
    count: number;
    counts: { zo: number; kmu: number; intermediary: number };
  }[];
  organisations: { id: string; name: string; kind: string }[];
}

const GERMANY = { south: 47, west: 5.5, north: 55.2, east: 15.5 };
const MANNHEIM = { south: 49.45, west: 8.4, north: 49.53, east: 8.55 };

describe('the map over HTTP', () => {
  let db: TestDatabase;
  let api: ApiProcess;

  beforeAll(async () => {
    db = await startTestDatabase();
    api = await startApi({ ...databaseEnv(db), SEED_DEMO: 'true' });
  });
  afterAll(async () => {
    await api?.stop();
    await db?.stop();
  });

  const features = (viewport: object, filter?: object) =>
    graphql<{ mapFeatures: Features }>(api.baseUrl, FEATURES, { viewport, filter });

  it('clusters the demo region at national zoom, with counts per kind', async () => {
    const { status, body } = await features({ bounds: GERMANY, zoom: 6 });
    expect(status).toBe(200);
    const map = body.data?.mapFeatures;
    expect(map?.total).toBe(102);
    expect(map && map.totals.zo + map.totals.kmu + map.totals.intermediary).toBe(102);
    const clustered = map?.clusters.reduce((sum, c) => sum + c.count, 0) ?? 0;
    expect(clustered + (map?.organisations.length ?? 0)).toBe(102);
    // The whole region is a few clusters at this zoom.
    expect(map?.clusters.length).toBeLessThanOrEqual(3);
  });

  it('shows single organisations with names when zoomed in, and filters by kind', async () => {
    const all = (await features({ bounds: MANNHEIM, zoom: 15 })).body.data?.mapFeatures;
    expect(all?.organisations.length).toBeGreaterThan(5);
    expect(all?.organisations.every((o) => o.name.length > 2)).toBe(true);
    const companies = (await features({ bounds: MANNHEIM, zoom: 15 }, { kinds: ['KMU'] })).body.data
      ?.mapFeatures;
    expect(companies?.organisations.every((o) => o.kind === 'KMU')).toBe(true);
    expect(companies?.total).toBe(all?.totals.kmu);
    // The other kinds' numbers stay visible (what each kind would add).
    expect(companies?.totals).toEqual(all?.totals);
  });

  it('lists and searches', async () => {
    const list = await graphql<{
      mapOrganisationList: { total: number; entries: { distanceKm: number }[] };
    }>(api.baseUrl, LIST, { viewport: { bounds: MANNHEIM, zoom: 13 }, limit: 5 });
    expect(list.body.data?.mapOrganisationList.entries).toHaveLength(5);
    const search = await graphql<{
      mapSearch: { places: { postcode: string; name: string }[] };
    }>(api.baseUrl, SEARCH, { input: { text: '68159' } });
    expect(search.body.data?.mapSearch.places[0]).toMatchObject({
      postcode: '68159',
      name: 'Mannheim',
    });
  });

  /** The first error of an answer that must be a clear client error, never a server error. */
  async function rejected(query: string, variables: Record<string, unknown>) {
    const { status, body } = await graphql(api.baseUrl, query, variables);
    expect(status).toBeLessThan(500);
    expect(body.errors?.length, JSON.stringify(body)).toBeGreaterThan(0);
    const extensions = body.errors?.[0]?.extensions ?? {};
    return {
      code: extensions['code'],
      messageKey: extensions['messageKey'],
      fields: extensions['fields'] as { field: string; messageKey: string }[] | undefined,
    };
  }

  it.each([
    [
      'inverted box',
      { bounds: { ...MANNHEIM, south: 50, north: 49 }, zoom: 10 },
      'bounds.inverted',
    ],
    ['latitude beyond 90°', { bounds: { ...MANNHEIM, north: 91 }, zoom: 10 }, 'bounds.latitude'],
    [
      'longitude beyond 180°',
      { bounds: { ...MANNHEIM, west: -1e308 }, zoom: 10 },
      'bounds.longitude',
    ],
    ['absurd zoom', { bounds: MANNHEIM, zoom: 99 }, 'map.errors.zoom'],
    ['negative zoom', { bounds: MANNHEIM, zoom: -3 }, 'map.errors.zoom'],
  ])('refuses a viewport with %s', async (_name, viewport, key) => {
    const error = await rejected(FEATURES, { viewport });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields?.map((f) => f.messageKey)).toContain(key);
  });

  it.each([
    ['an unknown topic', { offers: ['volunteers', 'no-such-topic'] }, 'map.errors.unknownTopic'],
    ['an unknown theme', { themes: ['climate', 'weather'] }, 'map.errors.unknownTheme'],
    ['an unknown attribute', { attributes: ['iso-9999'] }, 'map.errors.unknownAttribute'],
    ['a malformed district', { districtKey: 'Mannheim' }, 'map.errors.districtKey'],
    ['an unknown district', { districtKey: '99999' }, 'map.errors.unknownDistrict'],
    ['overlong text', { text: 'x'.repeat(101) }, 'map.errors.textTooLong'],
    [
      'a radius of 0 km',
      { near: { location: { lat: 49.5, lng: 8.5 }, radiusKm: 0 } },
      'map.errors.radius',
    ],
    [
      'a radius of 5000 km',
      { near: { location: { lat: 49.5, lng: 8.5 }, radiusKm: 5000 } },
      'map.errors.radius',
    ],
    [
      'a centre off the globe',
      { near: { location: { lat: 95, lng: 8.5 }, radiusKm: 5 } },
      'geo.latitude',
    ],
    [
      'hundreds of codes',
      { seeks: Array.from({ length: 300 }, () => 'volunteers') },
      'map.errors.tooManyCodes',
    ],
  ])('refuses a filter with %s', async (_name, filter, key) => {
    const error = await rejected(FEATURES, { viewport: { bounds: MANNHEIM, zoom: 10 }, filter });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields?.map((f) => f.messageKey) ?? [error.messageKey]).toContain(key);
  });

  it('refuses an unknown kind, a fractional zoom, a huge page and a too short search', async () => {
    const kind = await rejected(FEATURES, {
      viewport: { bounds: MANNHEIM, zoom: 10 },
      filter: { kinds: ['PARTY'] },
    });
    expect(kind.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    const fractional = await rejected(FEATURES, { viewport: { bounds: MANNHEIM, zoom: 10.5 } });
    expect(fractional.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    const page = await rejected(LIST, {
      viewport: { bounds: MANNHEIM, zoom: 10 },
      offset: 5_000,
      limit: 500,
    });
    expect(page.fields?.map((f) => f.messageKey)).toEqual([
      'map.errors.offset',
      'map.errors.limit',
    ]);
    const search = await rejected(SEARCH, { input: { text: 'M' } });
    expect(search.fields?.map((f) => f.messageKey)).toEqual(['map.errors.searchTooShort']);
  });

  it('answers the largest possible viewport at the finest zoom quickly and boundedly', async () => {
    const started = Date.now();
    const { status, body } = await features({
      bounds: { south: -85, west: -180, north: 85, east: 180 },
      zoom: 20,
    });
    expect(status).toBe(200);
    const map = body.data?.mapFeatures;
    expect(map?.total).toBe(102);
    expect((map?.clusters.length ?? 0) + (map?.organisations.length ?? 0)).toBeLessThanOrEqual(
      4_096,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('finds nothing, without error, outside Germany', async () => {
    const { body } = await features({
      bounds: { south: -40, west: -70, north: -30, east: -60 },
      zoom: 8,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.mapFeatures.total).toBe(0);
  });
});
