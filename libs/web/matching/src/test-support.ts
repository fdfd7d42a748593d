import { TAXONOMY_ANSWER } from '@bs/web/taxonomy/testing';

export { TAXONOMY_ANSWER };

/** Matched codes as the API sends them (`hiddenCount` more not named). */
export const codes = (list: string[], hiddenCount = 0) => ({
  __typename: 'MatchedCodes',
  codes: list,
  count: list.length + hiddenCount,
  hiddenCount,
});

/** A match with the partner `name` (id `p-<name>`, a KMU in Mannheim, 81 %), changed by `changes`. */
export function match(name: string, changes: Record<string, unknown> = {}) {
  return {
    __typename: 'Match',
    partner: {
      __typename: 'MatchPartner',
      id: `p-${name}`,
      kind: 'KMU',
      name,
      city: 'Mannheim',
      postcode: '68159',
      location: { __typename: 'GeoPoint', lat: 49.49, lng: 8.47 },
    },
    distanceKm: 4.23,
    score: 0.8123,
    signals: ['BOTH_GREEN_AGREEMENTS'],
    factors: {
      __typename: 'MatchFactors',
      topics: {
        __typename: 'TopicFactor',
        searcherSeeksCovered: 1,
        partnerSeeksCovered: 1,
        fit: 1,
        weight: 0.55,
        contribution: 0.55,
      },
      themes: { __typename: 'ThemeFactor', overlap: 0.5, weight: 0.15, contribution: 0.075 },
      distance: {
        __typename: 'DistanceFactor',
        km: 4.23,
        limitKm: 30,
        decay: 0.859,
        weight: 0.2,
        contribution: 0.1718,
      },
      readiness: {
        __typename: 'ReadinessFactor',
        searcher: 0.7,
        partner: 0.45,
        combined: 0.575,
        weight: 0.1,
        contribution: 0.0575,
      },
    },
    youSeekTheyOffer: codes(['volunteers']),
    theySeekYouOffer: codes(['team-days']),
    sharedThemes: codes(['sport']),
    ...changes,
  };
}

/** The signed-in user of the `viewer` query. */
export const VIEWER_ANSWER = {
  data: {
    viewer: {
      __typename: 'Viewer',
      id: 'u1',
      displayName: 'Zoe',
      email: 'zoe@example.org',
      emailVerified: true,
      locale: 'de',
      platformRole: 'USER',
    },
  },
};

/** The `myOrganisations` answer: the signed-in user owns these organisations. */
export function myOrganisationsAnswer(organisations: { id: string; name: string; kind: string }[]) {
  return {
    data: {
      myOrganisations: organisations.map((organisation) => ({
        __typename: 'MyOrganisation',
        role: 'OWNER',
        organisation: { __typename: 'Organisation', ...organisation },
      })),
    },
  };
}
