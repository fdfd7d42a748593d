/** The three kinds of participants on Brückenschlag. */
export const ORGANISATION_KINDS = ['ZO', 'KMU', 'INTERMEDIARY'] as const;

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export function isOrganisationKind(value: unknown): value is OrganisationKind {
  return typeof value === 'string' && (ORGANISATION_KINDS as readonly string[]).includes(value);
}
