import { graphql } from '@bs/web/data-access';

/** Clusters and single organisations of the visible part of the map. */
export const MapFeaturesQuery = graphql(`
  query MapFeatures($viewport: MapViewportInput!, $filter: MapFilterInput) {
    mapFeatures(viewport: $viewport, filter: $filter) {
      total
      totals {
        zo
        kmu
        intermediary
      }
      clusters {
        id
        count
        counts {
          zo
          kmu
          intermediary
        }
        location {
          lat
          lng
        }
        bounds {
          south
          west
          north
          east
        }
      }
      organisations {
        ...MapOrganisationFields
      }
    }
  }
`);

export const MapOrganisationFieldsFragment = graphql(`
  fragment MapOrganisationFields on MapOrganisation {
    id
    kind
    name
    postcode
    city
    location {
      lat
      lng
    }
  }
`);

/** The organisations of the visible part of the map as a list, nearest to its centre first. */
export const MapOrganisationListQuery = graphql(`
  query MapOrganisationList(
    $viewport: MapViewportInput!
    $filter: MapFilterInput
    $offset: Int!
    $limit: Int!
  ) {
    mapOrganisationList(viewport: $viewport, filter: $filter, offset: $offset, limit: $limit) {
      total
      offset
      entries {
        distanceKm
        organisation {
          ...MapOrganisationFields
        }
      }
    }
  }
`);

/** Suggestions for the map search: postcodes, places and organisation names. */
export const MapSearchQuery = graphql(`
  query MapSearch($input: MapSearchInput!) {
    mapSearch(input: $input) {
      places {
        postcode
        name
        districtName
        location {
          lat
          lng
        }
      }
      organisations {
        distanceKm
        organisation {
          ...MapOrganisationFields
        }
      }
    }
  }
`);

/** What an organisation's card shows: its public fields. */
export const OrganisationCardQuery = graphql(`
  query OrganisationCard($id: ID!) {
    organisation(id: $id) {
      id
      kind
      name
      legalForm
      description
      website
      publicContact
      street
      postcode
      city
      district {
        key
        name
      }
      land {
        key
        name
      }
      location {
        lat
        lng
      }
    }
  }
`);

/** The cooperation profile as the viewer may see it (ZO and KMU only). */
export const OrganisationCardProfileQuery = graphql(`
  query OrganisationCardProfile($id: ID!) {
    profile(organisationId: $id) {
      organisationId
      withheldFields
      entries {
        category
        code
        direction
        verification {
          intermediaryName
        }
      }
    }
  }
`);
