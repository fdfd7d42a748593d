import { graphql } from '@bs/web/data-access';

/** Where a postcode is: its representative point, place, district and Land. */
export const PostcodeLookupQuery = graphql(`
  query PostcodeLookup($postcode: String!) {
    postcode(postcode: $postcode) {
      postcode
      place
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
    }
  }
`);

/** The district under a point (the dragged pin); null outside Germany. */
export const DistrictAtQuery = graphql(`
  query DistrictAt($location: GeoPointInput!) {
    districtAt(location: $location) {
      key
      name
      land {
        key
        name
      }
    }
  }
`);
