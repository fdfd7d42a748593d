import {
  EMPLOYEE_BANDS,
  ENGAGEMENT_FIELDS,
  MEMBERSHIP_ROLES,
  ORGANISATION_KINDS,
  STAFF_BANDS,
  VOLUNTEER_BANDS,
  WZ2008_SECTIONS,
} from '@bs/domain';
import { registerEnumType } from '@nestjs/graphql';

/** A GraphQL enum object from a list of codes (the domain stays framework-free). */
function enumOf<const K extends string>(keys: readonly K[]): { [P in K]: P } {
  return Object.fromEntries(keys.map((k) => [k, k])) as { [P in K]: P };
}

const keys = <T extends object>(table: T) => Object.keys(table) as (keyof T & string)[];

export const OrganisationKindEnum = enumOf(ORGANISATION_KINDS);
export const MembershipRoleEnum = enumOf(MEMBERSHIP_ROLES);
export const EmployeeBandEnum = enumOf(keys(EMPLOYEE_BANDS));
export const VolunteerBandEnum = enumOf(keys(VOLUNTEER_BANDS));
export const StaffBandEnum = enumOf(keys(STAFF_BANDS));
export const Wz2008SectionEnum = enumOf(keys(WZ2008_SECTIONS));
export const EngagementFieldEnum = enumOf(keys(ENGAGEMENT_FIELDS));

registerEnumType(OrganisationKindEnum, {
  name: 'OrganisationKind',
  description: 'ZO: civil-society organisation; KMU: small or medium-sized company',
});
registerEnumType(MembershipRoleEnum, { name: 'MembershipRole' });
registerEnumType(EmployeeBandEnum, { name: 'EmployeeBand', description: 'Employees (KMU)' });
registerEnumType(VolunteerBandEnum, { name: 'VolunteerBand', description: 'Volunteers (ZO)' });
registerEnumType(StaffBandEnum, { name: 'StaffBand', description: 'Paid staff (ZO)' });
registerEnumType(Wz2008SectionEnum, {
  name: 'Wz2008Section',
  description: 'Section of the German classification of economic activities (KMU)',
});
registerEnumType(EngagementFieldEnum, {
  name: 'EngagementField',
  description: 'Field of engagement (ZO)',
});
