import type { Label } from '../organisations/organisation-attributes';
import type { ProfileItem } from './profile-types';

/** The parts of a profile whose visibility an organisation chooses. */
export const PROFILE_FIELDS = [
  'OFFERS',
  'SEEKS',
  'THEMES',
  'ATTRIBUTES',
  'REQUIRED_CRITERIA',
  'EXIT_CRITERIA',
  'READINESS',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/**
 * Who sees a field: everyone, signed-in users acting for an organisation, or only
 * organisations with an accepted contact. Members, delegated consultants, the region's
 * intermediaries and administrators always see everything.
 */
export const VISIBILITY_LEVELS = ['PUBLIC', 'SIGNED_IN', 'CONTACTS'] as const;
export type VisibilityLevel = (typeof VISIBILITY_LEVELS)[number];

export const VISIBILITY_LABELS = {
  PUBLIC: { de: 'öffentlich', en: 'public' },
  SIGNED_IN: { de: 'angemeldete Organisationen', en: 'signed-in organisations' },
  CONTACTS: { de: 'nur nach angenommener Kontaktanfrage', en: 'only after an accepted contact' },
} as const satisfies Record<VisibilityLevel, Label>;

export function isVisibilityLevel(value: unknown): value is VisibilityLevel {
  return typeof value === 'string' && (VISIBILITY_LEVELS as readonly string[]).includes(value);
}

export type ProfileVisibility = Readonly<Record<ProfileField, VisibilityLevel>>;

/**
 * The default: what partners need to find each other is public; criteria and readiness are
 * for signed-in organisations; reasons to end a cooperation only for accepted contacts.
 */
export const DEFAULT_PROFILE_VISIBILITY: ProfileVisibility = Object.freeze({
  OFFERS: 'PUBLIC',
  SEEKS: 'PUBLIC',
  THEMES: 'PUBLIC',
  ATTRIBUTES: 'PUBLIC',
  REQUIRED_CRITERIA: 'SIGNED_IN',
  EXIT_CRITERIA: 'CONTACTS',
  READINESS: 'SIGNED_IN',
});

/** How the viewer stands to the organisation whose profile is shown. */
export type ViewerStanding = 'ANONYMOUS' | 'SIGNED_IN' | 'CONTACT' | 'INSIDER';

const STANDING_RANK: Record<ViewerStanding, number> = {
  ANONYMOUS: 0,
  SIGNED_IN: 1,
  CONTACT: 2,
  INSIDER: 3,
};
const REQUIRED_RANK: Record<VisibilityLevel, number> = { PUBLIC: 0, SIGNED_IN: 1, CONTACTS: 2 };

export function canSeeField(level: VisibilityLevel, standing: ViewerStanding): boolean {
  return STANDING_RANK[standing] >= REQUIRED_RANK[level];
}

/** The visibility field an item belongs to. */
export function fieldOfItem(item: ProfileItem): ProfileField {
  switch (item.category) {
    case 'TOPIC':
      return item.direction === 'OFFERS' ? 'OFFERS' : 'SEEKS';
    case 'THEME':
      return 'THEMES';
    case 'ATTRIBUTE':
      return 'ATTRIBUTES';
    case 'REQUIRED_CRITERION':
      return 'REQUIRED_CRITERIA';
    case 'EXIT_CRITERION':
      return 'EXIT_CRITERIA';
  }
}

/** Missing fields take the default level; unknown fields and levels are dropped. */
export function normaliseVisibility(
  stored: Partial<Record<string, unknown>> | null,
): ProfileVisibility {
  const result: Record<ProfileField, VisibilityLevel> = { ...DEFAULT_PROFILE_VISIBILITY };
  for (const field of PROFILE_FIELDS) {
    const level = stored?.[field];
    if (isVisibilityLevel(level)) result[field] = level;
  }
  return result;
}
