import { graphql } from '@bs/web/data-access';

export const MatchFieldsFragment = graphql(`
  fragment MatchFields on Match {
    partner {
      id
      kind
      name
      city
      postcode
      location {
        lat
        lng
      }
    }
    distanceKm
    score
    signals
    factors {
      topics {
        searcherSeeksCovered
        partnerSeeksCovered
        fit
        weight
        contribution
      }
      themes {
        overlap
        weight
        contribution
      }
      distance {
        km
        limitKm
        decay
        weight
        contribution
      }
      readiness {
        searcher
        partner
        combined
        weight
        contribution
      }
    }
    youSeekTheyOffer {
      codes
      count
      hiddenCount
    }
    theySeekYouOffer {
      codes
      count
      hiddenCount
    }
    sharedThemes {
      codes
      count
      hiddenCount
    }
  }
`);

export const MatchesDocument = graphql(`
  query Matches(
    $organisationId: ID!
    $radiusKm: Int
    $topics: [String!]
    $themes: [String!]
    $onlyVerified: Boolean!
    $first: Int!
    $offset: Int!
  ) {
    matches(
      organisationId: $organisationId
      radiusKm: $radiusKm
      topics: $topics
      themes: $themes
      onlyVerified: $onlyVerified
      first: $first
      offset: $offset
    ) {
      totalCount
      offset
      hasMore
      radiusKm
      complete
      items {
        ...MatchFields
      }
    }
  }
`);

export const ExcludeMatchPartnerDocument = graphql(`
  mutation ExcludeMatchPartner($organisationId: ID!, $partnerId: ID!) {
    excludeMatchPartner(organisationId: $organisationId, partnerId: $partnerId)
  }
`);

/** Kind and name of an organisation on the map (answered from the cache the card filled). */
export const MatchCardOrganisationDocument = graphql(`
  query MatchCardOrganisation($id: ID!) {
    organisation(id: $id) {
      id
      kind
      name
    }
  }
`);

/** One pair explained for the organisation card: the match, or what keeps it from matching. */
export const MatchWithDocument = graphql(`
  query MatchWith($organisationId: ID!, $partnerId: ID!) {
    matchWith(organisationId: $organisationId, partnerId: $partnerId) {
      partner {
        id
        name
      }
      distanceKm
      blockers
      match {
        ...MatchFields
      }
    }
  }
`);
