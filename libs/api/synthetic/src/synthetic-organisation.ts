import type {
  EmployeeBand,
  EngagementField,
  OrganisationKind,
  StaffBand,
  VolunteerBand,
  Wz2008Section,
} from '@bs/domain';
import {
  EMPLOYEE_BAND_SHARES,
  ENGAGEMENT_FIELD_SHARES,
  STAFF_BAND_SHARES,
  VOLUNTEER_BAND_SHARES,
  WZ_SECTION_SHARES,
} from './distributions';
import { placeInDistrict, type SyntheticDistrict } from './geography';
import {
  familyName,
  fillPattern,
  FIRST_NAMES,
  QUARTERS,
  INTERMEDIARY_NAME_PATTERNS,
  KMU_NAME_PATTERNS,
  SAINTS,
  STREET_NAMES,
  ZO_NAME_PATTERNS,
  type NamePattern,
} from './names';
import { chance, intBetween, pickOne, pickWeighted, weightedTable, type Random } from './random';

/** An organisation row as the generator produces it (columns of `organisation`). */
export interface SyntheticOrganisation {
  readonly id: string;
  readonly kind: OrganisationKind;
  readonly name: string;
  readonly legalForm: string | null;
  readonly description: string;
  readonly website: string | null;
  readonly street: string;
  readonly postcode: string;
  readonly city: string;
  readonly lat: number;
  readonly lng: number;
  readonly districtKey: string;
  readonly landKey: string;
  readonly employeeBand: EmployeeBand | null;
  readonly wzSection: Wz2008Section | null;
  readonly volunteerBand: VolunteerBand | null;
  readonly staffBand: StaffBand | null;
  readonly engagementField: EngagementField | null;
}

const EMPLOYEE_BANDS = weightedTable(EMPLOYEE_BAND_SHARES);
const WZ_SECTIONS = weightedTable(WZ_SECTION_SHARES);
const ENGAGEMENT_FIELDS = weightedTable(ENGAGEMENT_FIELD_SHARES);
const VOLUNTEER_BANDS = weightedTable(VOLUNTEER_BAND_SHARES);
const STAFF_BANDS = weightedTable(STAFF_BAND_SHARES);

/** Founding years: many clubs date from around 1900 and from the 1970s–90s. */
function foundingYear(random: Random): number {
  return chance(random, 0.45) ? intBetween(random, 1860, 1935) : intBetween(random, 1946, 2020);
}

/** A town name as used in club names: "Frankfurt am Main" stays, "Berlin Mitte" → "Berlin". */
function townOf(place: string): string {
  return place.replace(/\s+(Mitte|Nord|Süd|Ost|West|Innenstadt|Zentrum)$/u, '');
}

/** A short web address derived from the name, for a share of organisations. */
function websiteOf(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/\b(e\. ?v\.|ggmbh|gmbh|& co\. kg|ug \(haftungsbeschränkt\)|e\. k\.)/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `https://www.${slug || 'verein'}.de`;
}

function nameFrom(
  random: Random,
  patterns: readonly NamePattern[],
  town: string,
  district: SyntheticDistrict,
): { name: string; pattern: NamePattern } {
  const chosen = pickOne(random, patterns);
  const family = familyName(random.next());
  // Partners share a company name now and then ("Müller & Schmitt").
  const partner = chance(random, 0.12) ? ` & ${familyName(random.next())}` : '';
  // Big towns have many clubs of a kind; a quarter tells them apart.
  const quarter = district.postcodes.length > 8 && chance(random, 0.45);
  const name = fillPattern(chosen.pattern, {
    place: quarter ? `${town}-${pickOne(random, QUARTERS)}` : town,
    family: `${family}${partner}`,
    owner: `${pickOne(random, FIRST_NAMES)} ${family}`,
    year: foundingYear(random),
    saint: pickOne(random, SAINTS),
    district: district.name,
  });
  return { name: name.slice(0, 200), pattern: chosen };
}

/**
 * One organisation of `kind` in `district`: location near one of the district's postcodes,
 * a name that fits its kind and field or sector, and the kind's size and sector bands.
 */
export function syntheticOrganisation(
  random: Random,
  id: string,
  kind: OrganisationKind,
  district: SyntheticDistrict,
): SyntheticOrganisation {
  const point = placeInDistrict(random, district);
  const town = townOf(point.postcode.place);
  const address = {
    street: `${pickOne(random, STREET_NAMES)} ${intBetween(random, 1, 140)}`,
    postcode: point.postcode.postcode,
    city: point.postcode.place,
    lat: point.lat,
    lng: point.lng,
    districtKey: district.key,
    landKey: district.landKey,
  };
  const none = {
    employeeBand: null,
    wzSection: null,
    volunteerBand: null,
    staffBand: null,
    engagementField: null,
  };

  // Kind-specific bands and names. The order of draws is part of the output for a seed.
  let patterns: readonly NamePattern[] = INTERMEDIARY_NAME_PATTERNS;
  let websiteShare = 1;
  let bands: Partial<SyntheticOrganisation> = {};
  let section: Wz2008Section | null = null;
  if (kind === 'ZO') {
    const field = pickWeighted(random, ENGAGEMENT_FIELDS);
    const volunteerBand = pickWeighted(random, VOLUNTEER_BANDS);
    // Paid staff go with size: large organisations are rarely run by volunteers alone.
    const staffBand: StaffBand =
      volunteerBand === 'VOLUNTEERS_200_PLUS' && chance(random, 0.6)
        ? chance(random, 0.5)
          ? 'STAFF_10_49'
          : 'STAFF_1_9'
        : pickWeighted(random, STAFF_BANDS);
    patterns = ZO_NAME_PATTERNS[field];
    websiteShare = 0.55;
    bands = { volunteerBand, staffBand, engagementField: field };
  } else if (kind === 'KMU') {
    section = pickWeighted(random, WZ_SECTIONS);
    patterns = KMU_NAME_PATTERNS[section] ?? KMU_NAME_PATTERNS.G ?? [];
    websiteShare = 0.7;
  }
  const { name, pattern } = nameFrom(random, patterns, town, district);
  const website = websiteShare >= 1 || chance(random, websiteShare) ? websiteOf(name) : null;
  if (section) bands = { employeeBand: pickWeighted(random, EMPLOYEE_BANDS), wzSection: section };
  return {
    id,
    kind,
    name,
    legalForm: pattern.legalForm,
    description: pattern.about,
    website,
    ...address,
    ...none,
    ...bands,
  };
}
