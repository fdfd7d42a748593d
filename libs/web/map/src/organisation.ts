import type { OrganisationsInBoundsQuery } from '@bs/web/data-access';

/** An organisation as the map shows it (the fields of the organisations query). */
export type MapOrganisation = OrganisationsInBoundsQuery['organisations'][number];
