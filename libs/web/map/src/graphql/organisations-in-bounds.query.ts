import { graphql } from '@bs/web/data-access';

/** The organisations shown as markers: those inside the visible part of the map. */
export const OrganisationsInBoundsQuery = graphql(`
  query OrganisationsInBounds($bounds: BoundsInput!, $limit: Int!) {
    organisations(bounds: $bounds, limit: $limit) {
      id
      kind
      name
      description
      street
      postcode
      city
      location {
        lat
        lng
      }
    }
  }
`);
