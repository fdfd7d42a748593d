import { describe, expect, it } from 'vitest';
import { createApolloClient } from './apollo-client';
import { apiProblem } from './api-error';
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
    });
  });

  it('reports an unreachable or broken server as a network problem', async () => {
    const server = fakeServer(502, 'Bad Gateway');
    const client = createApolloClient({ fetch: server.fetch });

    const { error } = await client.query({ query: PROBE, errorPolicy: 'all' });

    expect(error && apiProblem(error)).toEqual({ kind: 'network' });
  });
});
