import { deepFreeze } from '../checks/deep-freeze';
import type { Label } from '../organisations/organisation-attributes';
import { codeIndex } from './lookup';

/** A field of activity (Themenfeld) in which both sides can pursue shared goals. */
export interface ThemeDefinition {
  readonly code: string;
  readonly label: Label;
}

export const THEMES = deepFreeze([
  {
    code: 'climate',
    label: { de: 'Klimaschutz und Klimaanpassung', en: 'Climate protection and adaptation' },
  },
  { code: 'energy-transition', label: { de: 'Energiewende', en: 'Energy transition' } },
  { code: 'digitalisation', label: { de: 'Digitalisierung', en: 'Digitalisation' } },
  {
    code: 'migration',
    label: { de: 'Migration und Integration', en: 'Migration and integration' },
  },
  { code: 'education', label: { de: 'Bildung', en: 'Education' } },
  {
    code: 'competence-management',
    label: { de: 'Kompetenzmanagement', en: 'Competence management' },
  },
  {
    code: 'work-life-balance',
    label: {
      de: 'Vereinbarkeit von Beruf, Familie und Engagement',
      en: 'Balancing work, family and volunteering',
    },
  },
  { code: 'environment', label: { de: 'Umwelt- und Naturschutz', en: 'Environment and nature' } },
  { code: 'health', label: { de: 'Gesundheit', en: 'Health' } },
  { code: 'sport', label: { de: 'Sport und Bewegung', en: 'Sport and exercise' } },
  { code: 'culture', label: { de: 'Kultur', en: 'Culture' } },
  { code: 'care', label: { de: 'Pflege', en: 'Care' } },
  { code: 'youth', label: { de: 'Kinder und Jugend', en: 'Children and young people' } },
  { code: 'seniors', label: { de: 'Ältere Menschen', en: 'Older people' } },
  {
    code: 'disaster-relief',
    label: {
      de: 'Bevölkerungs- und Katastrophenschutz',
      en: 'Civil protection and disaster relief',
    },
  },
  {
    code: 'regional-development',
    label: { de: 'Regionalentwicklung', en: 'Regional development' },
  },
] as const satisfies readonly ThemeDefinition[]);

export type ThemeCode = (typeof THEMES)[number]['code'];

export interface Theme extends ThemeDefinition {
  readonly code: ThemeCode;
}

export const THEME_CODES: readonly ThemeCode[] = deepFreeze(THEMES.map((t) => t.code));

const index = codeIndex<Theme>('theme', THEMES);

export function isThemeCode(value: unknown): value is ThemeCode {
  return index.has(value);
}

/** The theme with this code. */
export function theme(code: ThemeCode): Theme {
  return index.get(code);
}
