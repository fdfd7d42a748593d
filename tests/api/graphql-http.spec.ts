import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseEnv, graphql, startApi, type ApiProcess } from '../support/api-process';

interface Organisation {
  id: string;
  kind: string;
  name: string;
  city: string;
  location: { lat: number; lng: number };
}

const ORGANISATIONS = `query Organisations($bounds: BoundsInput!, $limit: Int) {
  organisations(bounds: $bounds, limit: $limit) { id kind name city location { lat lng } }
}`;
const RHEIN_NECKAR = { south: 49.2, west: 8.3, north: 49.75, east: 9.2 };

describe('GraphQL over HTTP', () => {
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

  it('reports a healthy database on /health', async () => {
    const response = await fetch(`${api.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' } },
    });
  });

  it('lists the seeded demo region inside the box, nearest to its centre first', async () => {
    const { status, body } = await graphql<{ organisations: Organisation[] }>(
      api.baseUrl,
      ORGANISATIONS,
      {
        bounds: RHEIN_NECKAR,
      },
    );
    expect(status).toBe(200);
    const organisations = body.data?.organisations ?? [];
    expect(organisations).toHaveLength(102);
    const kinds = new Set(organisations.map((o) => o.kind));
    expect(kinds).toEqual(new Set(['ZO', 'KMU', 'INTERMEDIARY']));
    const centre = { lat: 49.475, lng: 8.75 };
    const distance = (o: Organisation) =>
      Math.hypot(o.location.lat - centre.lat, o.location.lng - centre.lng);
    const first = distance(organisations[0]);
    const last = distance(organisations[organisations.length - 1]);
    expect(first).toBeLessThan(last);
  });

  it('returns nothing for a box without organisations and honours the limit', async () => {
    const hamburg = await graphql<{ organisations: Organisation[] }>(api.baseUrl, ORGANISATIONS, {
      bounds: { south: 53.4, west: 9.8, north: 53.7, east: 10.3 },
    });
    expect(hamburg.body.data?.organisations).toEqual([]);
    const three = await graphql<{ organisations: Organisation[] }>(api.baseUrl, ORGANISATIONS, {
      bounds: RHEIN_NECKAR,
      limit: 3,
    });
    expect(three.body.data?.organisations).toHaveLength(3);
  });

  it('fetches one organisation by id and answers NOT_FOUND for an unknown id', async () => {
    const list = await graphql<{ organisations: Organisation[] }>(api.baseUrl, ORGANISATIONS, {
      bounds: RHEIN_NECKAR,
      limit: 1,
    });
    const id = list.body.data!.organisations[0].id;
    const one = await graphql<{ organisation: Organisation }>(
      api.baseUrl,
      `
        query ($id: ID!) {
          organisation(id: $id) {
            id
            name
          }
        }
      `,
      { id },
    );
    expect(one.body.data?.organisation.id).toBe(id);
    const missing = await graphql(
      api.baseUrl,
      `
        query ($id: ID!) {
          organisation(id: $id) {
            id
          }
        }
      `,
      {
        id: '00000000-0000-4000-8000-000000000000',
      },
    );
    expect(missing.body.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      messageKey: 'organisations.notFound',
    });
    const malformed = await graphql(
      api.baseUrl,
      `
        query ($id: ID!) {
          organisation(id: $id) {
            id
          }
        }
      `,
      {
        id: 'not-a-uuid',
      },
    );
    expect(malformed.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'id', messageKey: 'organisations.invalidId' }],
    });
  });

  it('rejects invalid bounds and limits with field-level BAD_USER_INPUT errors', async () => {
    const inverted = await graphql(api.baseUrl, ORGANISATIONS, {
      bounds: { south: 50, west: 9, north: 49, east: 8 },
    });
    expect(inverted.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'bounds.south', messageKey: 'bounds.inverted' },
        { field: 'bounds.west', messageKey: 'bounds.inverted' },
      ],
    });
    const outOfRange = await graphql(api.baseUrl, ORGANISATIONS, {
      bounds: { south: -100, west: 8, north: 49, east: 200 },
      limit: 100_000,
    });
    expect(outOfRange.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: expect.arrayContaining([
        { field: 'limit', messageKey: 'organisations.limit' },
        { field: 'bounds.south', messageKey: 'bounds.latitude' },
        { field: 'bounds.east', messageKey: 'bounds.longitude' },
      ]) as unknown,
    });
  });

  it('answers a syntax error and an unknown field with 400, never 500', async () => {
    const syntax = await graphql(api.baseUrl, '{ organisations( }');
    expect(syntax.status).toBe(400);
    expect(syntax.body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
    const unknown = await graphql(api.baseUrl, '{ organisationz { id } }');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('blocks simple cross-site requests (CSRF prevention)', async () => {
    const response = await fetch(`${api.baseUrl}/graphql?query=%7BmapConfig%7BtileUrl%7D%7D`);
    expect(response.status).toBe(400);
  });

  it('describes the map: no tile server configured, offline outlines and attributions', async () => {
    const { body } = await graphql<{
      mapConfig: {
        tileUrl: string | null;
        laenderOutlineUrl: string;
        dataAttributions: { text: string }[];
      };
    }>(api.baseUrl, '{ mapConfig { tileUrl laenderOutlineUrl dataAttributions { text url } } }');
    expect(body.data?.mapConfig.tileUrl).toBeNull();
    expect(body.data?.mapConfig.dataAttributions.map((a) => a.text).join(' ')).toContain(
      'GeoBasis-DE / BKG',
    );
    const outlines = await fetch(`${api.baseUrl}${body.data!.mapConfig.laenderOutlineUrl}`);
    expect(outlines.status).toBe(200);
    const geojson = (await outlines.json()) as {
      features: { properties: { GEN: string; ARS: string } }[];
    };
    expect(new Set(geojson.features.map((f) => f.properties.GEN))).toContain('Baden-Württemberg');
    expect(new Set(geojson.features.map((f) => f.properties.ARS)).size).toBe(16);
  });

  it('writes structured JSON logs', () => {
    const lines = api
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'));
    expect(lines.length).toBeGreaterThan(3);
    const started = lines
      .map((l) => JSON.parse(l) as { msg: string; level: number })
      .find((l) => l.msg.startsWith('Brückenschlag is running at'));
    expect(started?.level).toBe(30);
  });
});
