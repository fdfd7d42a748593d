import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseEnv, graphql, startApi, type ApiProcess } from '../support/api-process';

describe('production mode', () => {
  let db: TestDatabase;
  let api: ApiProcess;

  beforeAll(async () => {
    db = await startTestDatabase();
    api = await startApi({
      ...databaseEnv(db),
      NODE_ENV: 'production',
      SEED_DEMO: 'false',
      PUBLIC_URL: 'https://brueckenschlag.example',
    });
  });
  afterAll(async () => {
    await api?.stop();
    await db?.stop();
  });

  it('turns introspection and field suggestions off', async () => {
    const introspection = await graphql(api.baseUrl, '{ __schema { types { name } } }');
    expect(introspection.status).toBe(400);
    expect(JSON.stringify(introspection.body)).not.toContain('OrganisationKind');
    const typo = await graphql(api.baseUrl, '{ organisationz { id } }');
    expect(JSON.stringify(typo.body)).not.toContain('Did you mean');
  });

  it('serves no GraphQL landing page', async () => {
    const response = await fetch(`${api.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type')).not.toContain('text/html');
    expect(await response.text()).not.toMatch(/sandbox|embeddable-explorer/i);
  });

  it('sends a content security policy and no stack traces', async () => {
    const response = await fetch(`${api.baseUrl}/health`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const logIn = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation { logIn(input: {email: "nobody@example.org", password: "wrong-password-1"}) { id } }',
      }),
    });
    const body = (await logIn.json()) as {
      errors: { message: string; extensions: { stacktrace?: unknown } }[];
    };
    expect(body.errors[0]?.extensions.stacktrace).toBeUndefined();
  });
});
