import {
  fieldOfItem,
  isEffective,
  MATCH_RADIUS_KM,
  OFFER_TERMS_LIMITS,
  profileItemKey,
  type ProfileItem,
} from '@bs/domain';
import type {
  OrganisationKind,
  ProfileCategory,
  ProfileField,
  ProfileFieldsFragment,
  TopicDirection,
} from '@bs/web/data-access';
import type { LocalizedTaxonomy } from '@bs/web/taxonomy';

export type Profile = ProfileFieldsFragment;
export type Entry = Profile['entries'][number];

/** The parts of a profile that hold entries (readiness has none). */
export type EntryField = Exclude<ProfileField, 'READINESS'>;

export interface Section {
  field: EntryField;
  category: ProfileCategory;
  direction: TopicDirection | null;
}

/** The entry sections of a profile page, in the order they are shown. */
export const SECTIONS: readonly Section[] = [
  { field: 'OFFERS', category: 'TOPIC', direction: 'OFFERS' },
  { field: 'SEEKS', category: 'TOPIC', direction: 'SEEKS' },
  { field: 'THEMES', category: 'THEME', direction: null },
  { field: 'ATTRIBUTES', category: 'ATTRIBUTE', direction: null },
  { field: 'REQUIRED_CRITERIA', category: 'REQUIRED_CRITERION', direction: null },
  { field: 'EXIT_CRITERIA', category: 'EXIT_CRITERION', direction: null },
];

const item = (entry: {
  category: ProfileCategory;
  code: string;
  direction: TopicDirection | null;
}): ProfileItem => ({ category: entry.category, code: entry.code, direction: entry.direction });

/** The section an entry (or a change) belongs to. */
export const fieldOf = (entry: Parameters<typeof item>[0]) =>
  fieldOfItem(item(entry)) as EntryField;

/** A stable key of an entry, e.g. `TOPIC:volunteers:SEEKS`. */
export const entryKey = (entry: Parameters<typeof item>[0]) => profileItemKey(item(entry));

/** Whether others see the entry (from the check or by hand, and not hidden). */
export const isShown = (entry: Entry) => isEffective(entry);

/** The kind of partner an organisation looks for. */
export const counterpart = (kind: OrganisationKind): OrganisationKind =>
  kind === 'ZO' ? 'KMU' : 'ZO';

/**
 * The codes an organisation of `kind` may add by hand to a section, as the API checks them:
 * topics in the directions natural for the kind, attributes the kind can hold, criteria that
 * apply to the other kind; every theme and exit criterion.
 */
export function allowedOptions(
  taxonomy: LocalizedTaxonomy,
  kind: OrganisationKind,
  field: EntryField,
): { code: string; label: string; description?: string }[] {
  switch (field) {
    case 'OFFERS':
      return taxonomy.topics.filter((t) => t.offeredBy.includes(kind));
    case 'SEEKS':
      return taxonomy.topics.filter((t) => t.soughtBy.includes(kind));
    case 'THEMES':
      return [...taxonomy.themes];
    case 'ATTRIBUTES':
      return taxonomy.qualityAttributes.filter((a) => a.heldBy === kind);
    case 'REQUIRED_CRITERIA':
      return taxonomy.qualityCriteria.filter((c) => c.appliesTo === counterpart(kind));
    case 'EXIT_CRITERIA':
      return [...taxonomy.exitCriteria];
  }
}

/** Offer terms as the form edits them: the inputs' text. */
export interface TermsInput {
  capacityPerYear: string;
  leadTimeDays: string;
  groupSize: string;
}
export type TermsField = keyof TermsInput;
export const TERMS_FIELDS: readonly TermsField[] = ['capacityPerYear', 'leadTimeDays', 'groupSize'];

const TERMS_MESSAGES = {
  capacityPerYear: 'profiles.capacityInvalid',
  leadTimeDays: 'profiles.leadTimeInvalid',
  groupSize: 'profiles.groupSizeInvalid',
} as const;

/** An input's number: null when empty, NaN when it is no number. */
export function parseWhole(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

const within = (value: number | null, { min, max }: { min: number; max: number }) =>
  value === null || (Number.isInteger(value) && value >= min && value <= max);

/**
 * The problems of offer terms with the API's limits (OFFER_TERMS_LIMITS of the domain) and
 * its message keys; empty inputs clear a term.
 */
export function termsProblems(input: TermsInput) {
  const problems: Partial<Record<TermsField, (typeof TERMS_MESSAGES)[TermsField]>> = {};
  for (const field of TERMS_FIELDS) {
    if (!within(parseWhole(input[field]), OFFER_TERMS_LIMITS[field])) {
      problems[field] = TERMS_MESSAGES[field];
    }
  }
  return problems;
}

/** Whether a search radius is one the API accepts (MATCH_RADIUS_KM of the domain). */
export function radiusValid(text: string): boolean {
  const value = parseWhole(text);
  return value !== null && within(value, MATCH_RADIUS_KM);
}

export { MATCH_RADIUS_KM, OFFER_TERMS_LIMITS };
