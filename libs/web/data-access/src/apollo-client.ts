import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export interface ApolloClientOptions {
  /** GraphQL endpoint; the API serves it on the same origin as the web app. */
  uri?: string;
  /** Replaces `fetch`, e.g. in tests. */
  fetch?: typeof fetch;
}

/**
 * The one Apollo Client of the web app. Queries are sent as POST with
 * `content-type: application/json`, which the API's CSRF prevention accepts, and with the
 * same-origin credentials that carry the httpOnly session cookie (`bs_session`).
 */
export function createApolloClient({ uri = '/graphql', fetch }: ApolloClientOptions = {}) {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin', ...(fetch ? { fetch } : {}) }),
    cache: new InMemoryCache({
      typePolicies: {
        // A membership has no id of its own: it belongs to the list it is in.
        MyOrganisation: { keyFields: false },
        // A published check version never changes: one cache entry per template and version.
        CheckCatalogue: { keyFields: ['template', 'version'] },
        // A save returns all seven answers; they replace the cached ones.
        Assessment: { fields: { checkpoints: { merge: false } } },
        // One profile per organisation: every profile mutation returns it whole, so the
        // cached one (and every page showing it) is current without refetching.
        Profile: {
          keyFields: ['organisationId'],
          fields: { entries: { merge: false }, withheldFields: { merge: false } },
        },
        // Parts of a profile some queries ask only a few fields of (e.g. the check's results
        // ask which check the profile came from): merged, not replaced.
        ProfileDerivation: { merge: true, fields: { changes: { merge: false } } },
        ProfileSettings: { merge: true, fields: { visibility: { merge: false } } },
        // The taxonomy is the same for everyone: one cache entry.
        Taxonomy: { keyFields: [] },
        // Lists are replaced, never merged, when a query is fetched again.
        Query: {
          fields: {
            myOrganisations: { merge: false },
            organisationMembers: { merge: false },
            organisationInvitations: { merge: false },
            consultantGrants: { merge: false },
            assessments: { merge: false },
            assessmentChanges: { merge: false },
            measures: { merge: false },
            suggestedMeasures: { merge: false },
            dueMeasureReviews: { merge: false },
          },
        },
      },
    }),
  });
}
