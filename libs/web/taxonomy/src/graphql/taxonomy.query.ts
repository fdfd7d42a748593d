import { graphql } from '@bs/web/data-access';

/** The whole cooperation taxonomy in both languages (public, the same for everyone). */
export const TaxonomyQuery = graphql(`
  query Taxonomy {
    taxonomy {
      topics {
        code
        label {
          de
          en
        }
        description {
          de
          en
        }
        offeredBy
        soughtBy
        effortful
      }
      themes {
        code
        label {
          de
          en
        }
      }
      qualityAttributes {
        code
        label {
          de
          en
        }
        heldBy
      }
      qualityCriteria {
        code
        label {
          de
          en
        }
        appliesTo
        evidence
      }
      exitCriteria {
        code
        label {
          de
          en
        }
        ending
      }
    }
  }
`);
