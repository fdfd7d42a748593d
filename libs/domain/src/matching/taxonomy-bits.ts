import {
  QUALITY_ATTRIBUTES,
  qualityCriterion,
  type QualityCriterionCode,
} from '../taxonomy/quality';
import { THEMES } from '../taxonomy/themes';
import { TOPICS } from '../taxonomy/topics';

/**
 * Bit positions for the match index: a topic's, theme's or attribute's bit is its position in
 * the taxonomy table, so sets of codes become 32-bit masks that the database intersects with
 * `&` and counts with `bit_count`. New codes are appended to the tables (never inserted or
 * reordered); `rebuildMatchIndex` rewrites every mask when that rule has to be broken.
 * JavaScript bit operations are 32-bit signed: each table may hold at most 31 codes.
 */
export const MAX_MASK_BITS = 31;

function bitIndex(table: readonly { code: string }[]): ReadonlyMap<string, number> {
  if (table.length > MAX_MASK_BITS) throw new Error(`A mask holds at most ${MAX_MASK_BITS} codes`);
  return new Map(table.map((entry, i) => [entry.code, i]));
}

const TOPIC_BITS = bitIndex(TOPICS);
const THEME_BITS = bitIndex(THEMES);
const ATTRIBUTE_BITS = bitIndex(QUALITY_ATTRIBUTES);

function maskOf(bits: ReadonlyMap<string, number>, table: string, codes: Iterable<string>): number {
  let mask = 0;
  for (const code of codes) {
    const bit = bits.get(code);
    if (bit === undefined) throw new Error(`Unknown ${table} code: ${code}`);
    mask |= 1 << bit;
  }
  return mask;
}

function codesOf(table: readonly { code: string }[], mask: number): string[] {
  return table.filter((_, i) => (mask & (1 << i)) !== 0).map((entry) => entry.code);
}

export const topicBit = (code: string): number => maskOf(TOPIC_BITS, 'topic', [code]);
export const topicMask = (codes: Iterable<string>): number => maskOf(TOPIC_BITS, 'topic', codes);
export const themeMask = (codes: Iterable<string>): number => maskOf(THEME_BITS, 'theme', codes);
export const attributeMask = (codes: Iterable<string>): number =>
  maskOf(ATTRIBUTE_BITS, 'attribute', codes);

/** The position of a topic in the mask (0-based), for per-topic index keys. */
export function topicPosition(code: string): number {
  const bit = TOPIC_BITS.get(code);
  if (bit === undefined) throw new Error(`Unknown topic code: ${code}`);
  return bit;
}

export const topicsInMask = (mask: number): string[] => codesOf(TOPICS, mask);
export const themesInMask = (mask: number): string[] => codesOf(THEMES, mask);
export const attributesInMask = (mask: number): string[] => codesOf(QUALITY_ATTRIBUTES, mask);

/** The attributes any one of which meets the criterion, as a mask. */
export function evidenceMask(criterion: QualityCriterionCode): number {
  return attributeMask(qualityCriterion(criterion).evidence);
}

/** Number of set bits (population count) of a 32-bit mask. */
export function bitCount(mask: number): number {
  let v = mask >>> 0;
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
