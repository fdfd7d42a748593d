import {
  EMPLOYEE_BANDS,
  ENGAGEMENT_FIELDS,
  ORGANISATION_KINDS,
  STAFF_BANDS,
  VOLUNTEER_BANDS,
  WZ2008_SECTIONS,
  type OrganisationKind,
} from '@bs/domain';
import type {
  CreateOrganisationInput,
  EmployeeBand,
  EngagementField,
  OrganisationFieldsFragment,
  StaffBand,
  UpdateOrganisationInput,
  VolunteerBand,
  Wz2008Section,
} from '@bs/web/data-access';
import { z } from 'zod';

export interface GeoPoint {
  lat: number;
  lng: number;
}

/** What the organisation form edits: text as typed, '' for "not given". */
export interface OrganisationFormValues {
  kind: OrganisationKind | '';
  name: string;
  legalForm: string;
  description: string;
  website: string;
  street: string;
  postcode: string;
  city: string;
  /** The exact point (the dragged pin); null means the postcode's centre. */
  location: GeoPoint | null;
  employeeBand: EmployeeBand | '';
  wzSection: Wz2008Section | '';
  volunteerBand: VolunteerBand | '';
  staffBand: StaffBand | '';
  engagementField: EngagementField | '';
  publicContact: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

export type OrganisationField = keyof OrganisationFormValues;

/** Six decimals (about 10 cm) are plenty for a location. */
export const roundCoordinate = (value: number) => Math.round(value * 1e6) / 1e6;

export const EMPTY_ORGANISATION: OrganisationFormValues = {
  kind: '',
  name: '',
  legalForm: '',
  description: '',
  website: '',
  street: '',
  postcode: '',
  city: '',
  location: null,
  employeeBand: '',
  wzSection: '',
  volunteerBand: '',
  staffBand: '',
  engagementField: '',
  publicContact: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
};

/** The fields of the form in the order they appear (ids for labels and the error summary). */
export const ORGANISATION_FIELD_IDS: Record<OrganisationField, string> = {
  kind: 'organisation-kind',
  name: 'organisation-name',
  legalForm: 'organisation-legal-form',
  description: 'organisation-description',
  website: 'organisation-website',
  street: 'organisation-street',
  postcode: 'organisation-postcode',
  city: 'organisation-city',
  location: 'organisation-location',
  employeeBand: 'organisation-employee-band',
  wzSection: 'organisation-wz-section',
  volunteerBand: 'organisation-volunteer-band',
  staffBand: 'organisation-staff-band',
  engagementField: 'organisation-engagement-field',
  publicContact: 'organisation-public-contact',
  contactName: 'organisation-contact-name',
  contactEmail: 'organisation-contact-email',
  contactPhone: 'organisation-contact-phone',
};

/** The size and sector fields each kind has (see organisationProfileProblems in the domain). */
export const KIND_FIELDS: Record<OrganisationKind, readonly OrganisationField[]> = {
  KMU: ['employeeBand', 'wzSection'],
  ZO: ['volunteerBand', 'staffBand', 'engagementField'],
  INTERMEDIARY: [],
};

export const ENUM_OPTIONS = {
  employeeBand: Object.keys(EMPLOYEE_BANDS) as EmployeeBand[],
  wzSection: Object.keys(WZ2008_SECTIONS) as Wz2008Section[],
  volunteerBand: Object.keys(VOLUNTEER_BANDS) as VolunteerBand[],
  staffBand: Object.keys(STAFF_BANDS) as StaffBand[],
  engagementField: Object.keys(ENGAGEMENT_FIELDS) as EngagementField[],
};

/** Maps a field path of an API error (e.g. `contactPerson.email`) to the form's field. */
export function organisationFieldOf(apiField: string): OrganisationField | undefined {
  if (apiField.startsWith('contactPerson.')) {
    const part = apiField.slice('contactPerson.'.length);
    if (part === 'name') return 'contactName';
    if (part === 'email') return 'contactEmail';
    if (part === 'phone') return 'contactPhone';
    return undefined;
  }
  if (apiField === 'location' || apiField.startsWith('location.')) return 'location';
  return apiField in EMPTY_ORGANISATION ? (apiField as OrganisationField) : undefined;
}

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
};

const length = (value: string) => [...value].length;
const emptyOr = (check: (value: string) => boolean) => (value: string) =>
  value === '' || check(value);

/**
 * The rules of the API's CreateOrganisationInput (class-validator in libs/api/organisations),
 * with the same message keys, checked before sending.
 */
export const organisationSchema = z.object({
  kind: z.enum(ORGANISATION_KINDS, { error: 'organisation.kind' }),
  name: z
    .string()
    .trim()
    .refine((v) => length(v) >= 2 && length(v) <= 200, { error: 'organisation.name' }),
  legalForm: z.string().trim().max(80, { error: 'organisation.legalForm' }),
  description: z.string().trim().max(2000, { error: 'organisation.description' }),
  website: z
    .string()
    .trim()
    .refine(
      emptyOr((v) => v.length <= 300 && isHttpUrl(v)),
      { error: 'organisation.website' },
    ),
  street: z.string().trim().max(200, { error: 'organisation.street' }),
  postcode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, { error: 'regions.invalidPostcode' }),
  city: z
    .string()
    .trim()
    .refine(
      emptyOr((v) => length(v) >= 2 && length(v) <= 120),
      { error: 'organisation.city' },
    ),
  publicContact: z.string().trim().max(300, { error: 'organisation.publicContact' }),
  contactName: z
    .string()
    .trim()
    .refine(
      emptyOr((v) => length(v) >= 2 && length(v) <= 200),
      {
        error: 'organisation.contactName',
      },
    ),
  contactEmail: z
    .string()
    .trim()
    .refine(
      emptyOr((v) => v.length <= 320 && z.email().safeParse(v).success),
      {
        error: 'organisation.contactEmail',
      },
    ),
  contactPhone: z
    .string()
    .trim()
    .refine(
      emptyOr((v) => /^\+?[0-9 ()/-]{5,50}$/.test(v)),
      {
        error: 'organisation.contactPhone',
      },
    ),
});

const textOrNull = (value: string) => value.trim() || null;

function kindFields(values: OrganisationFormValues, kind: OrganisationKind) {
  const fields = KIND_FIELDS[kind];
  const pick = <F extends OrganisationField>(field: F) =>
    fields.includes(field) ? values[field] || null : undefined;
  return {
    employeeBand: pick('employeeBand') as EmployeeBand | null | undefined,
    wzSection: pick('wzSection') as Wz2008Section | null | undefined,
    volunteerBand: pick('volunteerBand') as VolunteerBand | null | undefined,
    staffBand: pick('staffBand') as StaffBand | null | undefined,
    engagementField: pick('engagementField') as EngagementField | null | undefined,
  };
}

function commonFields(values: OrganisationFormValues) {
  return {
    name: values.name.trim(),
    legalForm: textOrNull(values.legalForm),
    description: textOrNull(values.description),
    website: textOrNull(values.website),
    street: textOrNull(values.street),
    postcode: values.postcode.trim(),
    city: textOrNull(values.city),
    publicContact: textOrNull(values.publicContact),
    contactPerson: {
      name: textOrNull(values.contactName),
      email: textOrNull(values.contactEmail),
      phone: textOrNull(values.contactPhone),
    },
    ...(values.location ? { location: values.location } : {}),
  };
}

const withoutUndefined = <T extends object>(input: T): T =>
  Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as T;

export function toCreateInput(
  values: OrganisationFormValues,
  kind: OrganisationKind,
): CreateOrganisationInput {
  return withoutUndefined({ kind, ...commonFields(values), ...kindFields(values, kind) });
}

export function toUpdateInput(
  values: OrganisationFormValues,
  kind: OrganisationKind,
  id: string,
  version: number,
): UpdateOrganisationInput {
  return withoutUndefined({ id, version, ...commonFields(values), ...kindFields(values, kind) });
}

type Contact = { name: string | null; email: string | null; phone: string | null } | null;

/** The form's values for an organisation as the API returns it. */
export function fromOrganisation(
  organisation: OrganisationFieldsFragment,
  contact: Contact,
): OrganisationFormValues {
  return {
    kind: organisation.kind,
    name: organisation.name,
    legalForm: organisation.legalForm ?? '',
    description: organisation.description ?? '',
    website: organisation.website ?? '',
    street: organisation.street ?? '',
    postcode: organisation.postcode,
    city: organisation.city,
    location: { lat: organisation.location.lat, lng: organisation.location.lng },
    employeeBand: organisation.employeeBand ?? '',
    wzSection: organisation.wzSection ?? '',
    volunteerBand: organisation.volunteerBand ?? '',
    staffBand: organisation.staffBand ?? '',
    engagementField: organisation.engagementField ?? '',
    publicContact: organisation.publicContact ?? '',
    contactName: contact?.name ?? '',
    contactEmail: contact?.email ?? '',
    contactPhone: contact?.phone ?? '',
  };
}

const sameValue = (a: OrganisationFormValues[OrganisationField], b: typeof a) =>
  a !== null && typeof a === 'object' && b !== null && typeof b === 'object'
    ? a.lat === b.lat && a.lng === b.lng
    : a === b;

/**
 * What the user had entered that differs from the current server state, after a conflict:
 * fields the user changed (against `base`, what they started from) whose value is not what
 * the server has now.
 */
export function unsavedChanges(
  mine: OrganisationFormValues,
  base: OrganisationFormValues,
  current: OrganisationFormValues,
): Partial<OrganisationFormValues> {
  const changes: Partial<Record<OrganisationField, unknown>> = {};
  for (const field of Object.keys(mine) as OrganisationField[]) {
    if (!sameValue(mine[field], base[field]) && !sameValue(mine[field], current[field])) {
      changes[field] = mine[field];
    }
  }
  return changes as Partial<OrganisationFormValues>;
}
