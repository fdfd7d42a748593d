import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export interface ApolloClientOptions {
  /** GraphQL endpoint; the API serves it on the same origin as the web app. */
  uri?: string;
  /** Replaces `fetch`, e.g. in tests. */
  fetch?: typeof fetch;
}

/**
 * The one Apollo Client of the web app. Queries are sent as POST with
 * `content-type: application/json`, which the API's CSRF prevention accepts.
 */
export function createApolloClient({ uri = '/graphql', fetch }: ApolloClientOptions = {}) {
  return new ApolloClient({
    link: new HttpLink({ uri, ...(fetch ? { fetch } : {}) }),
    cache: new InMemoryCache(),
  });
}
