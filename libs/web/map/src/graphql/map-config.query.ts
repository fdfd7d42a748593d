import { graphql } from '@bs/web/data-access';

/** How this installation's base map is set up: tile server (optional), outlines, licences. */
export const MapConfigQuery = graphql(`
  query MapConfig {
    mapConfig {
      tileUrl
      tileAttribution
      laenderOutlineUrl
      districtOutlineUrl
      dataAttributions {
        text
        url
      }
    }
  }
`);
