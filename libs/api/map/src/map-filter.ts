import {
  attributeMask,
  ORGANISATION_KINDS,
  themeMask,
  topicMask,
  type OrganisationKind,
} from '@bs/domain';
import type { MapFilterInput } from './dto/map.inputs';
import { gridX, gridY } from './index/map-grid';
import type { IndexFilter } from './index/map-index';
import { FIELD_BIT, STANDING_SHIFT, type MapViewerStanding } from './index/map-visibility';

/** At most this many words of a text filter count. */
export const MAX_TEXT_WORDS = 8;

/**
 * The words of a text: letters and digits only (so nothing of the query syntax gets through),
 * lower case, at most `MAX_TEXT_WORDS` of at most 40 characters.
 */
export function textWords(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
    .slice(0, MAX_TEXT_WORDS)
    .map((word) => word.slice(0, 40));
}

/**
 * A `to_tsquery('german', …)` expression for a text: every word as a prefix, all required.
 * `nameOnly` restricts the words to the name (weight A). Null when the text has no words.
 */
export function textQuery(text: string, nameOnly = false): string | null {
  const words = textWords(text);
  if (words.length === 0) return null;
  return words.map((word) => `${word}:*${nameOnly ? 'A' : ''}`).join(' & ');
}

/** The kinds bitmask of the index (bit = position in ORGANISATION_KINDS). */
export function kindsMask(kinds: readonly OrganisationKind[] | undefined): number {
  if (!kinds || kinds.length === 0) return 0b111;
  return kinds.reduce((mask, kind) => mask | (1 << ORGANISATION_KINDS.indexOf(kind)), 0);
}

/**
 * The index filter for an (already validated) filter input. `text` is the bitset of the slots
 * matching the filter's text, resolved by the caller.
 */
export function indexFilter(
  filter: MapFilterInput | undefined,
  standing: MapViewerStanding,
  text: Uint8Array | null,
): IndexFilter {
  const offers = topicMask(filter?.offers ?? []);
  const seeks = topicMask(filter?.seeks ?? []);
  const themes = themeMask(filter?.themes ?? []);
  const attributes = attributeMask(filter?.attributes ?? []);
  const verifiedOnly = filter?.verifiedOnly ?? false;
  const near = filter?.near;
  return {
    kinds: kindsMask(filter?.kinds),
    offers,
    seeks,
    themes,
    attributes,
    verifiedOnly,
    fields:
      (offers ? FIELD_BIT.OFFERS : 0) |
      (seeks ? FIELD_BIT.SEEKS : 0) |
      (themes ? FIELD_BIT.THEMES : 0) |
      (attributes || verifiedOnly ? FIELD_BIT.ATTRIBUTES : 0),
    standingShift: STANDING_SHIFT[standing],
    district: filter?.districtKey ? Number(filter.districtKey) : 0,
    text,
    near: near
      ? {
          x: gridX(near.location.lng),
          y: gridY(near.location.lat),
          radiusM: near.radiusKm * 1000,
        }
      : null,
  };
}
