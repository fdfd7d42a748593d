import { graphql } from '@bs/web/data-access';

/** Everything public about an organisation, as its page and its form use it. */
export const OrganisationFieldsFragment = graphql(`
  fragment OrganisationFields on Organisation {
    id
    kind
    name
    legalForm
    description
    website
    street
    postcode
    city
    location {
      lat
      lng
    }
    district {
      key
      name
    }
    land {
      key
      name
    }
    employeeBand
    wzSection
    volunteerBand
    staffBand
    engagementField
    publicContact
    version
  }
`);
