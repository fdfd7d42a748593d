import {
  canSeeField,
  DEFAULT_PROFILE_VISIBILITY,
  VISIBILITY_LEVELS,
  type ProfileField,
  type VisibilityLevel,
} from '@bs/domain';

/**
 * The profile fields a map filter can test, in the order of their 2-bit visibility codes in
 * `map_point.visibility` (see the migration's `map_visibility_code`) and of their bits in the
 * index's visibility flags.
 */
export const FILTERED_FIELDS = [
  'OFFERS',
  'SEEKS',
  'THEMES',
  'ATTRIBUTES',
] as const satisfies readonly ProfileField[];
export type FilteredField = (typeof FILTERED_FIELDS)[number];

export const FIELD_BIT: Readonly<Record<FilteredField, number>> = {
  OFFERS: 1,
  SEEKS: 2,
  THEMES: 4,
  ATTRIBUTES: 8,
};

/** Who asks, as far as the map's filters are concerned. */
export type MapViewerStanding = 'ANONYMOUS' | 'SIGNED_IN';

/** Where a standing's bits lie in the flags: the low nibble for anonymous viewers. */
export const STANDING_SHIFT: Readonly<Record<MapViewerStanding, number>> = {
  ANONYMOUS: 0,
  SIGNED_IN: 4,
};

function levelOf(code: number, field: FilteredField): VisibilityLevel {
  // 0: not set, the domain's default applies; 1–3: VISIBILITY_LEVELS in order.
  return code === 0
    ? DEFAULT_PROFILE_VISIBILITY[field]
    : (VISIBILITY_LEVELS[code - 1] ?? 'CONTACTS');
}

function flagsOf(visibility: number): number {
  let flags = 0;
  FILTERED_FIELDS.forEach((field, i) => {
    const level = levelOf((visibility >> (2 * i)) & 3, field);
    for (const standing of ['ANONYMOUS', 'SIGNED_IN'] as const) {
      // A filter may only test a field the viewer may see. Fields for accepted contacts never
      // are: whether someone is a contact differs per organisation, and a count over many
      // organisations would reveal them.
      if (canSeeField(level, standing)) flags |= FIELD_BIT[field] << STANDING_SHIFT[standing];
    }
  });
  return flags;
}

const FLAGS = Uint8Array.from({ length: 256 }, (_, code) => flagsOf(code));

/**
 * The index's visibility flags of a stored `map_point.visibility` code: bit f (OFFERS 0, SEEKS
 * 1, THEMES 2, ATTRIBUTES 3) set when anonymous viewers may see the field, bit 4 + f when
 * signed-in viewers may.
 */
export function visibilityFlags(visibility: number): number {
  return FLAGS[visibility & 0xff] ?? 0;
}
