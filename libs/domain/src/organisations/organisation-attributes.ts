import type { OrganisationKind } from './organisation-kind';

/** A label in both product languages. */
export interface Label {
  de: string;
  en: string;
}

/** Employees of a company (KMU: 1–249). */
export const EMPLOYEE_BANDS = {
  EMPLOYEES_1_9: { de: '1–9 Beschäftigte', en: '1–9 employees' },
  EMPLOYEES_10_49: { de: '10–49 Beschäftigte', en: '10–49 employees' },
  EMPLOYEES_50_249: { de: '50–249 Beschäftigte', en: '50–249 employees' },
} as const satisfies Record<string, Label>;
export type EmployeeBand = keyof typeof EMPLOYEE_BANDS;

/** Active volunteers of a civil-society organisation. */
export const VOLUNTEER_BANDS = {
  VOLUNTEERS_0_9: { de: 'bis 9 Ehrenamtliche', en: 'up to 9 volunteers' },
  VOLUNTEERS_10_49: { de: '10–49 Ehrenamtliche', en: '10–49 volunteers' },
  VOLUNTEERS_50_199: { de: '50–199 Ehrenamtliche', en: '50–199 volunteers' },
  VOLUNTEERS_200_PLUS: { de: '200 und mehr Ehrenamtliche', en: '200 or more volunteers' },
} as const satisfies Record<string, Label>;
export type VolunteerBand = keyof typeof VOLUNTEER_BANDS;

/** Paid staff of a civil-society organisation. */
export const STAFF_BANDS = {
  STAFF_0: { de: 'keine Hauptamtlichen', en: 'no paid staff' },
  STAFF_1_9: { de: '1–9 Hauptamtliche', en: '1–9 paid staff' },
  STAFF_10_49: { de: '10–49 Hauptamtliche', en: '10–49 paid staff' },
  STAFF_50_PLUS: { de: '50 und mehr Hauptamtliche', en: '50 or more paid staff' },
} as const satisfies Record<string, Label>;
export type StaffBand = keyof typeof STAFF_BANDS;

/** Sections of the German classification of economic activities (WZ 2008). */
export const WZ2008_SECTIONS = {
  A: { de: 'Land- und Forstwirtschaft, Fischerei', en: 'Agriculture, forestry and fishing' },
  B: { de: 'Bergbau und Gewinnung von Steinen und Erden', en: 'Mining and quarrying' },
  C: { de: 'Verarbeitendes Gewerbe', en: 'Manufacturing' },
  D: { de: 'Energieversorgung', en: 'Electricity, gas, steam and air conditioning supply' },
  E: {
    de: 'Wasserversorgung; Abwasser- und Abfallentsorgung',
    en: 'Water supply; sewerage, waste management',
  },
  F: { de: 'Baugewerbe', en: 'Construction' },
  G: { de: 'Handel; Instandhaltung und Reparatur von Kfz', en: 'Wholesale and retail trade' },
  H: { de: 'Verkehr und Lagerei', en: 'Transportation and storage' },
  I: { de: 'Gastgewerbe', en: 'Accommodation and food service' },
  J: { de: 'Information und Kommunikation', en: 'Information and communication' },
  K: { de: 'Finanz- und Versicherungsdienstleistungen', en: 'Financial and insurance activities' },
  L: { de: 'Grundstücks- und Wohnungswesen', en: 'Real estate activities' },
  M: {
    de: 'Freiberufliche, wissenschaftliche und technische Dienstleistungen',
    en: 'Professional, scientific and technical activities',
  },
  N: { de: 'Sonstige wirtschaftliche Dienstleistungen', en: 'Administrative and support services' },
  O: { de: 'Öffentliche Verwaltung', en: 'Public administration' },
  P: { de: 'Erziehung und Unterricht', en: 'Education' },
  Q: { de: 'Gesundheits- und Sozialwesen', en: 'Human health and social work' },
  R: { de: 'Kunst, Unterhaltung und Erholung', en: 'Arts, entertainment and recreation' },
  S: { de: 'Sonstige Dienstleistungen', en: 'Other service activities' },
  T: { de: 'Private Haushalte', en: 'Activities of households' },
  U: { de: 'Exterritoriale Organisationen', en: 'Extraterritorial organisations' },
} as const satisfies Record<string, Label>;
export type Wz2008Section = keyof typeof WZ2008_SECTIONS;

/** Fields of engagement of civil-society organisations. */
export const ENGAGEMENT_FIELDS = {
  SPORT: { de: 'Sport und Bewegung', en: 'Sport and exercise' },
  CULTURE: { de: 'Kultur und Musik', en: 'Culture and music' },
  SOCIAL: { de: 'Soziales', en: 'Social services' },
  YOUTH: { de: 'Kinder und Jugend', en: 'Children and youth' },
  SENIORS: { de: 'Seniorinnen und Senioren', en: 'Older people' },
  EDUCATION: { de: 'Bildung', en: 'Education' },
  ENVIRONMENT: { de: 'Umwelt- und Naturschutz', en: 'Environment and nature' },
  HEALTH: { de: 'Gesundheit und Pflege', en: 'Health and care' },
  RESCUE: { de: 'Rettungsdienst, Feuerwehr, Katastrophenschutz', en: 'Rescue and disaster relief' },
  MIGRATION: { de: 'Migration und Integration', en: 'Migration and integration' },
  COMMUNITY: { de: 'Nachbarschaft und Bürgerengagement', en: 'Neighbourhood and civic life' },
  RELIGION: { de: 'Kirche und Religion', en: 'Church and religion' },
  OTHER: { de: 'Sonstiges', en: 'Other' },
} as const satisfies Record<string, Label>;
export type EngagementField = keyof typeof ENGAGEMENT_FIELDS;

export type OrganisationProblem =
  | 'organisation.sizeBandForKind'
  | 'organisation.sectorForKind'
  | 'organisation.intermediaryHasNoSize';

/**
 * Which size and sector fields apply depends on the kind: companies have employees and a
 * WZ 2008 section, civil-society organisations volunteers, staff and a field of engagement.
 * Returns the problems of a combination (empty when consistent); unset fields are fine.
 */
export function organisationProfileProblems(input: {
  kind: OrganisationKind;
  employeeBand?: string | null;
  volunteerBand?: string | null;
  staffBand?: string | null;
  wzSection?: string | null;
  engagementField?: string | null;
}): { field: string; messageKey: OrganisationProblem }[] {
  const problems: { field: string; messageKey: OrganisationProblem }[] = [];
  const set = (v: string | null | undefined) => v !== null && v !== undefined;
  if (input.kind !== 'KMU' && set(input.employeeBand))
    problems.push({ field: 'employeeBand', messageKey: 'organisation.sizeBandForKind' });
  if (input.kind !== 'ZO' && set(input.volunteerBand))
    problems.push({ field: 'volunteerBand', messageKey: 'organisation.sizeBandForKind' });
  if (input.kind !== 'ZO' && set(input.staffBand))
    problems.push({ field: 'staffBand', messageKey: 'organisation.sizeBandForKind' });
  if (input.kind !== 'KMU' && set(input.wzSection))
    problems.push({ field: 'wzSection', messageKey: 'organisation.sectorForKind' });
  if (input.kind !== 'ZO' && set(input.engagementField))
    problems.push({ field: 'engagementField', messageKey: 'organisation.sectorForKind' });
  return problems;
}
