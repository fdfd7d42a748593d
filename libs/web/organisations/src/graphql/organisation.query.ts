import { graphql } from '@bs/web/data-access';

export const OrganisationQuery = graphql(`
  query Organisation($id: ID!) {
    organisation(id: $id) {
      ...OrganisationFields
    }
  }
`);

/** The private contact person (members, granted consultants, the region's intermediaries). */
export const OrganisationContactQuery = graphql(`
  query OrganisationContact($organisationId: ID!) {
    organisationContact(organisationId: $organisationId) {
      name
      email
      phone
    }
  }
`);
