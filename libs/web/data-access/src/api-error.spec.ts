import { describe, expect, it } from 'vitest';
import { createApolloClient } from './apollo-client';
import { apiProblem, isApiError } from './api-error';
import { formProblem } from './describe-api-error';
import { MapConfigDocument as PROBE } from './gql/graphql';

// The fake server answers every request the same; any generated document will do.
function fakeServer(status: number, body: unknown) {
  const requests: Request[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : input.toString();
    requests.push(new Request(new URL(url, 'http://localhost'), init));
    return Promise.resolve(
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      }),
    );
  };
  return { fetch, requests };
}

describe('createApolloClient', () => {
  it('posts JSON to /graphql so the API accepts it under CSRF prevention', async () => {
    const server = fakeServer(200, {
      data: {
        mapConfig: {
          __typename: 'MapConfig',
          tileUrl: null,
          tileAttribution: null,
          laenderOutlineUrl: '/geo/laender.geojson',
          dataAttributions: [],
        },
      },
    });
    const client = createApolloClient({ fetch: server.fetch });

    const result = await client.query({ query: PROBE });

    expect(result.data?.mapConfig.laenderOutlineUrl).toBe('/geo/laender.geojson');
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(new URL(request?.url ?? '').pathname).toBe('/graphql');
    expect(request?.headers.get('content-type')).toMatch(/^application\/json/);
    // The httpOnly session cookie goes along (same origin).
    expect(request?.credentials).toBe('same-origin');
  });
});

describe('apiProblem', () => {
  it('reads code and message keys of a typed API error', async () => {
    const server = fakeServer(200, {
      data: null,
      errors: [
        {
          message: 'Invalid input: bounds.south (bounds.inverted)',
          extensions: {
            code: 'BAD_USER_INPUT',
            messageKey: 'errors.invalidInput',
            fields: [
              { field: 'bounds.south', messageKey: 'bounds.inverted' },
              { field: 'bounds.west', messageKey: 'bounds.longitude' },
            ],
          },
        },
      ],
    });
    const client = createApolloClient({ fetch: server.fetch });

    const { error } = await client.query({ query: PROBE, errorPolicy: 'all' });

    expect(error && apiProblem(error)).toEqual({
      kind: 'api',
      code: 'BAD_USER_INPUT',
      messageKey: 'errors.invalidInput',
      fieldMessageKeys: ['bounds.inverted', 'bounds.longitude'],
      fields: [
        { field: 'bounds.south', messageKey: 'bounds.inverted' },
        { field: 'bounds.west', messageKey: 'bounds.longitude' },
      ],
      extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) as unknown,
    });
  });

  it('reports an unreachable or broken server as a network problem', async () => {
    const server = fakeServer(502, 'Bad Gateway');
    const client = createApolloClient({ fetch: server.fetch });

    const { error } = await client.query({ query: PROBE, errorPolicy: 'all' });

    expect(error && apiProblem(error)).toEqual({ kind: 'network' });
  });
});

describe('formProblem', () => {
  it('gives a form the keys of the general and the field problems, with their paths', async () => {
    const server = fakeServer(200, {
      data: null,
      errors: [
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            messageKey: 'errors.invalidInput',
            fields: [
              { field: 'contactPerson.email', messageKey: 'organisation.contactEmail' },
              { field: 'somethingNew', messageKey: 'organisation.notYetTranslated' },
            ],
          },
        },
      ],
    });
    const client = createApolloClient({ fetch: server.fetch });

    const { error } = await client.query({ query: PROBE, errorPolicy: 'all' });

    expect(error && formProblem(error)).toEqual({
      messageKey: 'errors.invalidInput',
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'contactPerson.email', messageKey: 'organisation.contactEmail' },
        // A key without a text falls back to a general one.
        { field: 'somethingNew', messageKey: 'errors.invalidInput' },
      ],
      extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) as unknown,
    });
    expect(isApiError(error, 'BAD_USER_INPUT')).toBe(true);
    expect(isApiError(error, 'CONFLICT')).toBe(false);
  });

  it('reports an unreachable server as a network problem', async () => {
    const client = createApolloClient({ fetch: fakeServer(502, 'Bad Gateway').fetch });
    const { error } = await client.query({ query: PROBE, errorPolicy: 'all' });
    expect(error && formProblem(error).messageKey).toBe('errors.network');
  });
});
