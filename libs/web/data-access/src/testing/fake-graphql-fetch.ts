/** What the fake API answers: a GraphQL body (status 200) or any status and body. */
export type FakeAnswer = { data?: unknown; errors?: unknown[] } | { status: number; body: unknown };

export interface FakeRequest {
  operationName: string;
  variables: Record<string, unknown>;
}

/** A GraphQL error body as the API sends it (see `ApiError` in libs/api/graphql). */
export function fakeApiError(
  code: string,
  messageKey: string,
  extensions: { fields?: { field: string; messageKey: string }[]; [key: string]: unknown } = {},
): FakeAnswer {
  return {
    data: null,
    errors: [{ message: messageKey, extensions: { code, messageKey, ...extensions } }],
  };
}

/**
 * A `fetch` for component tests that plays the API: GraphQL requests are answered by
 * operation name, other URLs from `files` (e.g. the Länder outlines). Records every
 * GraphQL request. For tests only.
 */
export function fakeGraphqlFetch(
  answer: (request: FakeRequest) => FakeAnswer | Promise<FakeAnswer>,
  files: Record<string, unknown> = {},
) {
  const requests: FakeRequest[] = [];
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : input.toString();
    const file = Object.keys(files).find((suffix) => url.endsWith(suffix));
    if (file) return json(200, files[file]);
    if (!url.endsWith('/graphql')) return json(404, { message: `no fake for ${url}` });
    const body = typeof init?.body === 'string' ? init.body : '{}';
    const { operationName, variables = {} } = JSON.parse(body) as {
      operationName: string;
      variables?: Record<string, unknown>;
    };
    const request = { operationName, variables };
    requests.push(request);
    const result = await answer(request);
    return 'status' in result ? json(result.status, result.body) : json(200, result);
  };

  const lastRequest = (operationName: string) =>
    [...requests].reverse().find((request) => request.operationName === operationName);

  return { fetch, requests, lastRequest };
}
