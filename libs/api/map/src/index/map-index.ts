import { QUALITY_ATTRIBUTES, THEMES, TOPICS } from '@bs/domain';
import {
  GRID_LEVEL,
  mortonX,
  mortonY,
  tileCodeRange,
  tileCount,
  tileLevelFor,
  tileRange,
  UNIT_M_AT_EQUATOR,
  latOfGridY,
  type GridRect,
} from './map-grid';

/** Aggregations never walk more tiles than this (see `tileLevelFor`). */
export const MAX_AGGREGATE_TILES = 16_384;

/** Kind codes of the index (position in this list); dead entries have `DEAD`. */
export const KIND_CODES = ['ZO', 'KMU', 'INTERMEDIARY'] as const;
export type KindCode = 0 | 1 | 2;
const DEAD = 255;

/** One point as loaded from `map_point` (grid position already computed). */
export interface MapPointRecord {
  slot: number;
  deleted: boolean;
  kind: KindCode;
  /** Morton code of the point's grid cell. */
  code: number;
  /** Numeric district key (e.g. 8222 for "08222"), 0 when none. */
  district: number;
  /** Visibility flags (see `visibilityFlags`). */
  flags: number;
  offers: number;
  seeks: number;
  themes: number;
  attributes: number;
  verified: number;
}

/**
 * A filter in the index's terms. Masks of 0 do not filter. Topics and themes match when the
 * point has any of the masked bits; attributes when it has all of them.
 */
export interface IndexFilter {
  /** Bit k set: kind code k is shown. */
  kinds: number;
  offers: number;
  seeks: number;
  themes: number;
  attributes: number;
  /** Only points with verified attributes (all of `attributes`, or any when that is 0). */
  verifiedOnly: boolean;
  /** Field bits the filter tests, for the visibility check. */
  fields: number;
  /** 0 for anonymous viewers, 4 for signed-in ones (see STANDING_SHIFT). */
  standingShift: number;
  district: number;
  /** Slots that match a text query, as a bitset; null: no text filter. */
  text: Uint8Array | null;
  /** Only points within this distance of a centre (grid units). */
  near: { x: number; y: number; radiusM: number } | null;
}

export const NO_FILTER: IndexFilter = {
  kinds: 0b111,
  offers: 0,
  seeks: 0,
  themes: 0,
  attributes: 0,
  verifiedOnly: false,
  fields: 0,
  standingShift: 0,
  district: 0,
  text: null,
  near: null,
};

/** Counts per kind code. */
export type KindCounts = [number, number, number];

/** A non-empty cell of an aggregation: a tile of the requested level. */
export interface CellAggregate {
  tx: number;
  ty: number;
  count: number;
  counts: KindCounts;
  /** Centre of mass in grid units (fractional). */
  x: number;
  y: number;
  /** The slot of the point when `count` is 1, else -1. */
  slot: number;
}

export interface Aggregation {
  cells: CellAggregate[];
  /** Points of the shown kinds. */
  total: number;
  /** Points per kind that pass every filter except the kind filter. */
  totals: KindCounts;
}

export interface NearestResult {
  total: number;
  /** Slots of the requested page, nearest first, with their distance in metres. */
  items: { slot: number; distanceM: number }[];
}

/** Cosine of the latitude of every grid row, for distances (Mercator scale is 1/cos). */
const COS_OF_ROW = Float64Array.from({ length: 65_536 }, (_, y) =>
  Math.cos((latOfGridY(y + 0.5) * Math.PI) / 180),
);

/** Distance in metres between two grid positions (local Mercator scale, exact enough ≤ 200 km). */
export function gridDistanceM(ax: number, ay: number, bx: number, by: number): number {
  const cosA = COS_OF_ROW[Math.min(65_535, Math.max(0, Math.floor(ay)))] ?? 1;
  const cosB = COS_OF_ROW[Math.min(65_535, Math.max(0, Math.floor(by)))] ?? 1;
  return Math.hypot(ax - bx, ay - by) * UNIT_M_AT_EQUATOR * ((cosA + cosB) / 2);
}

/** A mask of a table with at most 16 codes fits 16 bits: 2 bytes per point instead of 4. */
type MaskColumn = Int32Array | Uint16Array;
const maskType = (codes: number) => (codes <= 16 ? Uint16Array : Int32Array);

interface Columns {
  code: Uint32Array;
  slot: Int32Array;
  kind: Uint8Array;
  district: Uint16Array;
  flags: Uint8Array;
  offers: MaskColumn;
  seeks: MaskColumn;
  themes: MaskColumn;
  attributes: MaskColumn;
  verified: MaskColumn;
}

const COLUMN_TYPES = {
  code: Uint32Array,
  slot: Int32Array,
  kind: Uint8Array,
  district: Uint16Array,
  flags: Uint8Array,
  offers: maskType(TOPICS.length),
  seeks: maskType(TOPICS.length),
  themes: maskType(THEMES.length),
  attributes: maskType(QUALITY_ATTRIBUTES.length),
  verified: maskType(QUALITY_ATTRIBUTES.length),
} as const;

function allocateColumn(name: keyof Columns, capacity: number): Columns[keyof Columns] {
  const column = new COLUMN_TYPES[name](capacity);
  if (name === 'kind') column.fill(DEAD);
  return column;
}

function allocate(capacity: number): Columns {
  return Object.fromEntries(
    COLUMN_NAMES.map((name) => [name, allocateColumn(name, capacity)]),
  ) as unknown as Columns;
}

type Column = Columns[keyof Columns];

const COLUMN_NAMES = [
  'code',
  'slot',
  'kind',
  'district',
  'flags',
  'offers',
  'seeks',
  'themes',
  'attributes',
  'verified',
] as const satisfies readonly (keyof Columns)[];

/**
 * Sorts `keys[0…n)` ascending in place (LSD radix sort, stable) and returns the permutation
 * that sorts them: `order[i]` is the former position of the i-th smallest key.
 */
function sortInPlace(keys: Uint32Array, n: number): Uint32Array {
  let from: Uint32Array = keys;
  let to: Uint32Array = new Uint32Array(n);
  let order: Uint32Array = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let nextOrder: Uint32Array = new Uint32Array(n);
  const counts = new Uint32Array(256);
  // Four passes of 8 bits: the sorted keys end up in `keys` again.
  for (let shift = 0; shift < 32; shift += 8) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(from[i] >>> shift) & 255]++;
    let sum = 0;
    for (let d = 0; d < 256; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const key = from[i];
      const d = (key >>> shift) & 255;
      const at = counts[d];
      counts[d] = at + 1;
      to[at] = key;
      nextOrder[at] = order[i];
    }
    [from, to] = [to, from];
    [order, nextOrder] = [nextOrder, order];
  }
  return order;
}

/**
 * Rearranges entries [0, n) of every column except `code` (already sorted) so that entry i
 * becomes the former entry `order[i]`: cycle by cycle, without a second copy of the columns.
 */
function permuteInPlace(columns: Columns, order: Uint32Array, n: number): void {
  const moved = new Uint8Array(n);
  const others = COLUMN_NAMES.filter((name) => name !== 'code').map((name) => columns[name]);
  const saved = new Float64Array(others.length);
  for (let start = 0; start < n; start++) {
    if (moved[start] || order[start] === start) continue;
    others.forEach((column, c) => (saved[c] = column[start]));
    let at = start;
    for (;;) {
      moved[at] = 1;
      const from = order[at];
      if (from === start) {
        others.forEach((column, c) => (column[at] = saved[c]));
        break;
      }
      for (const column of others) column[at] = column[from];
      at = from;
    }
  }
}

/** Spare room for points added after a sort. */
const headroom = (n: number) => Math.max(4_096, n >>> 5);

/** Index of the first element ≥ value in `sorted[0…n)`. */
function lowerBound(sorted: Uint32Array, n: number, value: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Bits of the visibility flags (two standings × four field bits, see `map-visibility.ts`). */
const FLAG_BITS = 8;

/** Whether every bit of `mask` names one of the first `codes` codes. */
const withinCodes = (mask: number, codes: number) => codes >= 32 || mask >>> codes === 0;

/**
 * Sets (`on`) or clears bit `bit` of word `word` in the bitset of every code in `mask`; codes
 * beyond `sets` (not in the taxonomy) have no bitset.
 */
function markCodes(
  sets: Uint32Array[],
  mask: number,
  word: number,
  bit: number,
  on: boolean,
): void {
  let rest = mask;
  while (rest !== 0) {
    const low = rest & -rest;
    rest ^= low;
    const code = 31 - Math.clz32(low);
    if (code >= sets.length) continue;
    if (on) sets[code][word] |= bit;
    else sets[code][word] &= ~bit;
  }
}

/**
 * Per code of the mask columns and per bit of the visibility flags, a bitset over the base
 * entries: bit i (word `i >>> 5`, bit `i & 31`) is set when live base entry i has that code or
 * flag. A filter on masks combines a few of them word by word and visits only the entries that
 * pass, instead of reading the masks of every entry (see `BitsetFilter`). Dead entries have no
 * bits; entries of the tail have none either (`aggregateDelta` tests them one by one). One
 * bitset costs an eighth of a byte per base entry: ~107 of them, ~53 MB at 4 M entries.
 */
class BaseBitsets {
  readonly offers: Uint32Array[];
  readonly seeks: Uint32Array[];
  readonly themes: Uint32Array[];
  readonly attributes: Uint32Array[];
  readonly verified: Uint32Array[];
  /** Entries with at least one verified attribute. */
  readonly verifiedAny: Uint32Array;
  /** Per bit of the visibility flags. */
  readonly flags: Uint32Array[];
  /** All bitsets, one after the other. */
  private readonly words: Uint32Array;

  constructor(
    private readonly c: Columns,
    private readonly baseCount: number,
  ) {
    const length = (baseCount + 31) >>> 5;
    const total = 2 * TOPICS.length + THEMES.length + 2 * QUALITY_ATTRIBUTES.length + 1 + FLAG_BITS;
    this.words = new Uint32Array(length * total);
    let taken = 0;
    const take = (count: number) =>
      Array.from({ length: count }, () => {
        taken++;
        return this.words.subarray((taken - 1) * length, taken * length);
      });
    this.offers = take(TOPICS.length);
    this.seeks = take(TOPICS.length);
    this.themes = take(THEMES.length);
    this.attributes = take(QUALITY_ATTRIBUTES.length);
    this.verified = take(QUALITY_ATTRIBUTES.length);
    [this.verifiedAny] = take(1);
    this.flags = take(FLAG_BITS);
    for (let i = 0; i < baseCount; i++) this.add(i);
  }

  get bytes(): number {
    return this.words.byteLength;
  }

  /** Sets the bits of base entry `i` from its columns (nothing for a dead or tail entry). */
  add(i: number): void {
    if (i < this.baseCount && this.c.kind[i] !== DEAD) this.mark(i, true);
  }

  /** Clears the bits of base entry `i` (before its columns change or it dies). */
  remove(i: number): void {
    if (i < this.baseCount) this.mark(i, false);
  }

  private mark(i: number, on: boolean): void {
    const c = this.c;
    const word = i >>> 5;
    const bit = 1 << (i & 31);
    markCodes(this.offers, c.offers[i], word, bit, on);
    markCodes(this.seeks, c.seeks[i], word, bit, on);
    markCodes(this.themes, c.themes[i], word, bit, on);
    markCodes(this.attributes, c.attributes[i], word, bit, on);
    markCodes(this.verified, c.verified[i], word, bit, on);
    markCodes(this.flags, c.flags[i], word, bit, on);
    if (c.verified[i] === 0) return;
    if (on) this.verifiedAny[word] |= bit;
    else this.verifiedAny[word] &= ~bit;
  }
}

/**
 * The mask conditions of a filter (the tested fields' visibility, topics, themes, attributes,
 * verification) as bitsets: `word(j)` has bit b set when base entry 32·j + b passes all of them.
 * The conditions only apply when the filter tests fields (`fields !== 0`, as in `Matcher`).
 */
class BitsetFilter {
  /**
   * @param terms all must hold: each is the OR of its bitsets (an empty term holds nowhere),
   *   the usually rarer ones first so that `word` mostly stops early
   */
  private constructor(private readonly terms: readonly (readonly Uint32Array[])[]) {}

  /**
   * The filter's mask conditions; null when it has none (or names a code beyond the taxonomy,
   * which has no bitset: the point-by-point scan then decides).
   */
  static of(bits: BaseBitsets, filter: IndexFilter): BitsetFilter | null {
    const { fields, offers, seeks, themes, attributes, verifiedOnly, standingShift } = filter;
    if (fields === 0) return null;
    if (
      !withinCodes(offers, bits.offers.length) ||
      !withinCodes(seeks, bits.seeks.length) ||
      !withinCodes(themes, bits.themes.length) ||
      !withinCodes(attributes, bits.attributes.length)
    ) {
      return null;
    }
    const codes = (sets: Uint32Array[], mask: number) => sets.filter((_, k) => (mask >>> k) & 1);
    const terms: (readonly Uint32Array[])[] = [];
    // Attributes: all of them (each its own term), verified ones when asked.
    for (const set of codes(verifiedOnly ? bits.verified : bits.attributes, attributes)) {
      terms.push([set]);
    }
    if (verifiedOnly && attributes === 0) terms.push([bits.verifiedAny]);
    // Topics and themes: any of the codes.
    if (themes !== 0) terms.push(codes(bits.themes, themes));
    if (seeks !== 0) terms.push(codes(bits.seeks, seeks));
    if (offers !== 0) terms.push(codes(bits.offers, offers));
    // Visibility: every tested field bit at the standing's place (none beyond the 8 flags).
    for (let field = 0; field < 32; field++) {
      if (((fields >>> field) & 1) === 0) continue;
      const flag = field + standingShift;
      terms.push(flag < FLAG_BITS ? [bits.flags[flag]] : []);
    }
    return new BitsetFilter(terms);
  }

  /** The base entries 32·j … 32·j + 31 that pass, as bits. */
  word(j: number): number {
    const terms = this.terms;
    let word = -1;
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t];
      let any = 0;
      for (let s = 0; s < term.length; s++) any |= term[s][j];
      word &= any;
      if (word === 0) return 0;
    }
    return word;
  }

  /** Calls `visit` for every base entry of [lo, hi) that passes, in ascending order. */
  each(lo: number, hi: number, visit: (i: number) => void): void {
    if (lo >= hi) return;
    const first = lo >>> 5;
    const last = (hi - 1) >>> 5;
    for (let j = first; j <= last; j++) {
      let word = this.word(j);
      if (j === first) word &= -1 << (lo & 31);
      if (j === last) word &= -1 >>> (31 - ((hi - 1) & 31));
      while (word !== 0) {
        const low = word & -word;
        word ^= low;
        visit((j << 5) | (31 - Math.clz32(low)));
      }
    }
  }
}

/**
 * Per district key, the bounding box in grid units of the entries that had the key since the
 * last sort: exact after a build, grown by every change and never shrunk, so it may be a little
 * too large after deletions and moves but never too small. A district filter walks only the
 * tiles of its box.
 */
class DistrictBoxes {
  /** x0, y0, x1, y1 per key; x0 > x1 for a key without entries. */
  private readonly boxes = new Uint16Array(65_536 * 4);

  constructor() {
    for (let at = 0; at < this.boxes.length; at += 4) {
      this.boxes[at] = 0xffff;
      this.boxes[at + 1] = 0xffff;
    }
  }

  get bytes(): number {
    return this.boxes.byteLength;
  }

  /** Grows the box of `district` (a key of the district column) to cover the cell `code`. */
  add(district: number, code: number): void {
    if (district === 0) return;
    const boxes = this.boxes;
    const at = district * 4;
    const x = mortonX(code);
    const y = mortonY(code);
    if (x < boxes[at]) boxes[at] = x;
    if (y < boxes[at + 1]) boxes[at + 1] = y;
    if (x > boxes[at + 2]) boxes[at + 2] = x;
    if (y > boxes[at + 3]) boxes[at + 3] = y;
  }

  /** The part of `rect` inside the box of `district`; null when they do not meet. */
  clip(rect: GridRect, district: number): GridRect | null {
    if (!Number.isInteger(district) || district <= 0 || district >= 65_536) return null;
    const at = district * 4;
    const clipped = {
      x0: Math.max(rect.x0, this.boxes[at]),
      y0: Math.max(rect.y0, this.boxes[at + 1]),
      x1: Math.min(rect.x1, this.boxes[at + 2]),
      y1: Math.min(rect.y1, this.boxes[at + 3]),
    };
    return clipped.x0 > clipped.x1 || clipped.y0 > clipped.y1 ? null : clipped;
  }
}

/** Tests the non-kind filters on one entry; monomorphic so the hot loops inline it. */
class Matcher {
  private readonly slot: Int32Array;
  private readonly district: Uint16Array;
  private readonly flags: Uint8Array;
  private readonly offersCol: MaskColumn;
  private readonly seeksCol: MaskColumn;
  private readonly themesCol: MaskColumn;
  private readonly attributesCol: MaskColumn;
  private readonly verifiedCol: MaskColumn;
  private readonly offers: number;
  private readonly seeks: number;
  private readonly themes: number;
  private readonly attributes: number;
  private readonly verifiedOnly: boolean;
  private readonly fields: number;
  private readonly shift: number;
  private readonly districtKey: number;
  private readonly text: Uint8Array | null;
  readonly any: boolean;

  /** @param masks whether to test the mask conditions (not where a `BitsetFilter` has) */
  constructor(columns: Columns, filter: IndexFilter, masks = true) {
    this.slot = columns.slot;
    this.district = columns.district;
    this.flags = columns.flags;
    this.offersCol = columns.offers;
    this.seeksCol = columns.seeks;
    this.themesCol = columns.themes;
    this.attributesCol = columns.attributes;
    this.verifiedCol = columns.verified;
    this.offers = filter.offers;
    this.seeks = filter.seeks;
    this.themes = filter.themes;
    this.attributes = filter.attributes;
    this.verifiedOnly = filter.verifiedOnly;
    // The masks only count with the field bits (see `BitsetFilter.of`).
    this.fields = masks ? filter.fields : 0;
    this.shift = filter.standingShift;
    this.districtKey = filter.district;
    this.text = filter.text;
    this.any =
      this.fields !== 0 ||
      (masks && filter.verifiedOnly) ||
      filter.district !== 0 ||
      filter.text !== null;
  }

  test(i: number): boolean {
    if (this.fields !== 0) {
      const visible = (this.flags[i] >>> this.shift) & this.fields;
      if (visible !== this.fields) return false;
      if (this.offers !== 0 && (this.offersCol[i] & this.offers) === 0) return false;
      if (this.seeks !== 0 && (this.seeksCol[i] & this.seeks) === 0) return false;
      if (this.themes !== 0 && (this.themesCol[i] & this.themes) === 0) return false;
      if (this.attributes !== 0) {
        const held = this.verifiedOnly ? this.verifiedCol[i] : this.attributesCol[i];
        if ((held & this.attributes) !== this.attributes) return false;
      } else if (this.verifiedOnly && this.verifiedCol[i] === 0) return false;
    }
    if (this.districtKey !== 0 && this.district[i] !== this.districtKey) return false;
    if (this.text !== null) {
      const slot = this.slot[i];
      if ((this.text[slot >>> 3] & (1 << (slot & 7))) === 0) return false;
    }
    return true;
  }
}

/** Whether a grid position lies in the rectangle and (when given) the circle. */
function placeMatches(x: number, y: number, rect: GridRect, near: IndexFilter['near']): boolean {
  if (x < rect.x0 || x > rect.x1 || y < rect.y0 || y > rect.y1) return false;
  return near === null || gridDistanceM(x + 0.5, y + 0.5, near.x, near.y) <= near.radiusM;
}

/** Words of the bitsets whose passing entries `RunScan` collects before placing them. */
const PICK_WORDS = 64;

/**
 * Counts the points of one run of the sorted base (a tile) that pass a filter: per kind, the
 * kinds shown and the facet (every kind), and the sum of their positions relative to the
 * tile's corner (from counts per sub-tile of 1/8 side length: exact enough for a marker).
 */
class RunScan {
  readonly counts: KindCounts = [0, 0, 0];
  readonly facet: KindCounts = [0, 0, 0];
  count = 0;
  sumX = 0;
  sumY = 0;
  /** A shown point's position when exactly one was seen by `run`, else -1. */
  single = -1;
  private readonly sub: Float64Array;
  private readonly subX: Float64Array;
  private readonly subY: Float64Array;
  private readonly subShift: number;
  /** Positions collected by `byBitsets`. */
  private readonly picked = new Int32Array(PICK_WORDS * 32);

  /**
   * @param bits the filter's mask conditions as bitsets (then `run` visits only the entries
   *   that pass them), or null to test every entry's columns
   */
  constructor(
    private readonly c: Columns,
    private readonly filter: IndexFilter,
    shift: number,
    private readonly bits: BitsetFilter | null,
  ) {
    const tileSize = 2 ** shift;
    this.subShift = Math.max(0, 2 * (shift - 3));
    const subSize = shift >= 3 ? tileSize / 8 : 1;
    const subCount = shift >= 3 ? 64 : 4 ** shift;
    this.sub = new Float64Array(subCount);
    this.subX = Float64Array.from({ length: subCount }, (_, s) => (mortonX(s) + 0.5) * subSize);
    this.subY = Float64Array.from({ length: subCount }, (_, s) => (mortonY(s) + 0.5) * subSize);
  }

  reset(): void {
    this.counts[0] = this.counts[1] = this.counts[2] = 0;
    this.facet[0] = this.facet[1] = this.facet[2] = 0;
    this.count = 0;
    this.sumX = 0;
    this.sumY = 0;
    this.single = -1;
  }

  /**
   * Counts the run [lo, hi) whose tile starts at code `start`; `rect` (with the filter's
   * circle) tests each position, null: all inside.
   */
  run(lo: number, hi: number, start: number, rect: GridRect | null): void {
    this.reset();
    this.sub.fill(0);
    if (this.bits !== null) this.byBitsets(this.bits, lo, hi, start, rect);
    else this.byPoints(lo, hi, start, rect);
  }

  /** Point by point, every filter from the columns. */
  private byPoints(lo: number, hi: number, start: number, rect: GridRect | null): void {
    const { kind, code, flags, offers, seeks, themes, attributes, verified, district, slot } =
      this.c;
    const f = this.filter;
    const near = f.near;
    const kinds = f.kinds;
    // The filter's parts as locals: the loop below is the hottest code of the map.
    const fields = f.fields;
    const standingShift = f.standingShift;
    const offersMask = f.offers;
    const seeksMask = f.seeks;
    const themesMask = f.themes;
    const attributesMask = f.attributes;
    const held = f.verifiedOnly ? verified : attributes;
    const anyVerified = f.verifiedOnly && f.attributes === 0;
    const districtKey = f.district;
    const text = f.text;
    const sub = this.sub;
    const subShift = this.subShift;
    let f0 = 0;
    let f1 = 0;
    let f2 = 0;
    let zo = 0;
    let kmu = 0;
    let intermediary = 0;
    let single = -1;
    for (let i = lo; i < hi; i++) {
      const k = kind[i];
      if (k === DEAD) continue;
      if (fields !== 0) {
        if (((flags[i] >>> standingShift) & fields) !== fields) continue;
        if (offersMask !== 0 && (offers[i] & offersMask) === 0) continue;
        if (seeksMask !== 0 && (seeks[i] & seeksMask) === 0) continue;
        if (themesMask !== 0 && (themes[i] & themesMask) === 0) continue;
        if (attributesMask !== 0 && (held[i] & attributesMask) !== attributesMask) continue;
        if (anyVerified && verified[i] === 0) continue;
      }
      if (districtKey !== 0 && district[i] !== districtKey) continue;
      if (text !== null) {
        const s = slot[i];
        if ((text[s >>> 3] & (1 << (s & 7))) === 0) continue;
      }
      const at = code[i];
      if (rect !== null && !placeMatches(mortonX(at), mortonY(at), rect, near)) continue;
      if (k === 0) f0++;
      else if (k === 1) f1++;
      else f2++;
      if ((kinds & (1 << k)) === 0) continue;
      if (k === 0) zo++;
      else if (k === 1) kmu++;
      else intermediary++;
      sub[(at - start) >>> subShift]++;
      single = i;
    }
    this.facet[0] = f0;
    this.facet[1] = f1;
    this.facet[2] = f2;
    this.counts[0] = zo;
    this.counts[1] = kmu;
    this.counts[2] = intermediary;
    this.finish(single);
  }

  /**
   * Word by word of the bitsets: only the entries that pass the mask conditions are read (the
   * other filters and the counting as in `byPoints`). They are collected a few words at a
   * time, then placed: a position means a cache miss (few of the codes are read, far apart),
   * so inside the area only the codes needed to tell the sub-tiles apart are read (the codes
   * are sorted), and otherwise they are read in a tight loop that overlaps the misses.
   */
  private byBitsets(
    bits: BitsetFilter,
    lo: number,
    hi: number,
    start: number,
    rect: GridRect | null,
  ): void {
    if (lo >= hi) return;
    const { kind, code, district, slot } = this.c;
    const f = this.filter;
    const near = f.near;
    const kinds = f.kinds;
    const districtKey = f.district;
    const text = f.text;
    const sub = this.sub;
    const subShift = this.subShift;
    const picked = this.picked;
    const facet = this.facet;
    const shown = this.counts;
    let single = -1;
    const first = lo >>> 5;
    const last = (hi - 1) >>> 5;
    for (let from = first; from <= last; from += PICK_WORDS) {
      const to = Math.min(last, from + PICK_WORDS - 1);
      let n = 0;
      for (let j = from; j <= to; j++) {
        let word = bits.word(j);
        if (j === first) word &= -1 << (lo & 31);
        if (j === last) word &= -1 >>> (31 - ((hi - 1) & 31));
        while (word !== 0) {
          const low = word & -word;
          word ^= low;
          const i = (j << 5) | (31 - Math.clz32(low));
          const k = kind[i];
          if (k === DEAD) continue;
          if (districtKey !== 0 && district[i] !== districtKey) continue;
          if (text !== null) {
            const s = slot[i];
            if ((text[s >>> 3] & (1 << (s & 7))) === 0) continue;
          }
          if (rect === null) {
            // Inside the area: counted now, only the shown ones collected for their positions.
            facet[k]++;
            if ((kinds & (1 << k)) === 0) continue;
            shown[k]++;
          }
          picked[n++] = i;
        }
      }
      if (n === 0) continue;
      if (rect === null) {
        this.countSubTiles(n, start);
        single = picked[n - 1];
        continue;
      }
      for (let m = 0; m < n; m++) {
        const i = picked[m];
        const at = code[i];
        if (!placeMatches(mortonX(at), mortonY(at), rect, near)) continue;
        const k = kind[i];
        facet[k]++;
        if ((kinds & (1 << k)) === 0) continue;
        shown[k]++;
        sub[(at - start) >>> subShift]++;
        single = i;
      }
    }
    this.finish(single);
  }

  /** Adds `picked[0…n)` (ascending positions in the tile starting at `start`) to `sub`. */
  private countSubTiles(n: number, start: number): void {
    const firstSub = this.subTileOf(this.picked[0], start);
    if (n === 1) this.sub[firstSub]++;
    else this.countSpan(0, n - 1, firstSub, this.subTileOf(this.picked[n - 1], start), start);
  }

  /**
   * Adds `picked[a…b]` (a < b) to `sub`, given the sub-tiles of both ends: the codes are
   * sorted, so where the ends agree every entry between lies in the same sub-tile, and only
   * the codes where sub-tiles change are read (halving the span until the ends agree).
   */
  private countSpan(a: number, b: number, subA: number, subB: number, start: number): void {
    if (subA === subB) {
      this.sub[subA] += b - a + 1;
    } else if (b - a === 1) {
      this.sub[subA]++;
      this.sub[subB]++;
    } else {
      const mid = (a + b) >>> 1;
      const subMid = this.subTileOf(this.picked[mid], start);
      this.countSpan(a, mid, subA, subMid, start);
      this.countSpan(mid, b, subMid, subB, start);
      // Both halves counted the middle one.
      this.sub[subMid]--;
    }
  }

  private subTileOf(i: number, start: number): number {
    return (this.c.code[i] - start) >>> this.subShift;
  }

  /**
   * Completes a run from its counts: the total, the single point (`single`: the last one
   * counted) and the sum of positions from the sub-tile counts.
   */
  private finish(single: number): void {
    const count = this.counts[0] + this.counts[1] + this.counts[2];
    this.count = count;
    this.single = count === 1 ? single : -1;
    if (count === 0) return;
    const sub = this.sub;
    let sumX = 0;
    let sumY = 0;
    for (let s = 0; s < sub.length; s++) {
      const n = sub[s];
      if (n === 0) continue;
      sumX += n * this.subX[s];
      sumY += n * this.subY[s];
    }
    this.sumX = sumX;
    this.sumY = sumY;
  }
}

/** Entries per block of the block summaries. */
const BLOCK_BITS = 8;
const BLOCK = 1 << BLOCK_BITS;

/**
 * Per block of 256 consecutive base entries: live entries and the sums of their positions, per
 * kind. A run without filters is counted block by block (only its two partial ends point by
 * point), which makes an unfiltered national view a matter of a millisecond.
 */
class BlockSummary {
  private readonly counts: Int32Array;
  private readonly sumX: Float64Array;
  private readonly sumY: Float64Array;

  constructor(
    private readonly c: Columns,
    private readonly baseCount: number,
  ) {
    const blocks = Math.ceil(baseCount / BLOCK) + 1;
    this.counts = new Int32Array(blocks * 3);
    this.sumX = new Float64Array(blocks * 3);
    this.sumY = new Float64Array(blocks * 3);
    for (let i = 0; i < baseCount; i++) this.add(i, c.kind[i], 1);
  }

  get bytes(): number {
    return this.counts.byteLength + this.sumX.byteLength + this.sumY.byteLength;
  }

  /** Adds (sign 1) or removes (sign -1) base entry `i` of kind `k`. */
  add(i: number, k: number, sign: 1 | -1): void {
    if (i >= this.baseCount || k > 2) return;
    const at = (i >>> BLOCK_BITS) * 3 + k;
    const code = this.c.code[i];
    this.counts[at] += sign;
    this.sumX[at] += sign * (mortonX(code) + 0.5);
    this.sumY[at] += sign * (mortonY(code) + 0.5);
  }

  /**
   * Counts the run [lo, hi) of a tile without filters (other than kinds) into `scan`, positions
   * relative to the tile's corner like `RunScan.run`.
   */
  sum(
    lo: number,
    hi: number,
    scan: RunScan,
    kinds: number,
    cornerX: number,
    cornerY: number,
  ): void {
    scan.reset();
    const { kind, code } = this.c;
    const counts: KindCounts = [0, 0, 0];
    let sumX0 = 0;
    let sumY0 = 0;
    const sums = [0, 0, 0, 0, 0, 0];
    const point = (i: number) => {
      const k = kind[i];
      if (k > 2) return;
      counts[k as KindCode]++;
      sums[k * 2] += mortonX(code[i]) + 0.5;
      sums[k * 2 + 1] += mortonY(code[i]) + 0.5;
    };
    const firstFull = Math.ceil(lo / BLOCK);
    const lastFull = Math.floor(hi / BLOCK);
    if (firstFull >= lastFull) {
      for (let i = lo; i < hi; i++) point(i);
    } else {
      for (let i = lo; i < firstFull * BLOCK; i++) point(i);
      for (let b = firstFull; b < lastFull; b++) {
        for (let k = 0; k < 3; k++) {
          counts[k as KindCode] += this.counts[b * 3 + k];
          sums[k * 2] += this.sumX[b * 3 + k];
          sums[k * 2 + 1] += this.sumY[b * 3 + k];
        }
      }
      for (let i = lastFull * BLOCK; i < hi; i++) point(i);
    }
    for (let k = 0; k < 3; k++) {
      scan.facet[k as KindCode] = counts[k as KindCode];
      if ((kinds & (1 << k)) === 0) continue;
      scan.counts[k as KindCode] = counts[k as KindCode];
      scan.count += counts[k as KindCode];
      sumX0 += sums[k * 2];
      sumY0 += sums[k * 2 + 1];
    }
    scan.sumX = sumX0 - scan.count * cornerX;
    scan.sumY = sumY0 - scan.count * cornerY;
    if (scan.count === 1) scan.single = -1;
  }
}

/**
 * The map's in-memory index: one entry per organisation as typed columns, sorted by the Morton
 * code of its grid cell (the "base"), followed by a short unsorted tail of entries added or
 * moved since the last sort (the "delta"). Aggregation walks only the runs of the tiles a
 * viewport touches: without filters it sums block summaries, with filters on topics, themes,
 * attributes or visibility it combines per-code bitsets of the base and reads only the entries
 * that pass them, and a district filter narrows the viewport to the district's bounding box.
 * Entries are addressed by their `map_point.slot`.
 */
export class MapIndex {
  private columns: Columns;
  private slotPos: Int32Array;
  private blocks: BlockSummary;
  private bitsets: BaseBitsets;
  private districts: DistrictBoxes;
  private baseCount = 0;
  private count = 0;
  private live = 0;

  private constructor(columns: Columns, slotPos: Int32Array, baseCount: number) {
    this.columns = columns;
    this.slotPos = slotPos;
    this.baseCount = baseCount;
    this.count = baseCount;
    this.live = baseCount;
    this.blocks = new BlockSummary(columns, baseCount);
    this.bitsets = new BaseBitsets(columns, baseCount);
    this.districts = new DistrictBoxes();
    for (let i = 0; i < baseCount; i++) this.districts.add(columns.district[i], columns.code[i]);
  }

  /** An index of the given points (deleted ones are skipped). */
  static fromRecords(records: Iterable<MapPointRecord>): MapIndex {
    const builder = new MapIndexBuilder();
    for (const record of records) builder.add(record);
    return builder.build();
  }

  /**
   * @internal Takes over unsorted columns of `n` live entries (their arrays are reused or
   * released column by column, so building needs little more memory than the result).
   */
  static fromColumns(unsorted: Columns, n: number): MapIndex {
    const order = sortInPlace(unsorted.code, n);
    permuteInPlace(unsorted, order, n);
    const capacity = n + headroom(n);
    let sorted = unsorted;
    if (unsorted.code.length < capacity) {
      sorted = allocate(capacity);
      for (const name of COLUMN_NAMES) {
        const target: Column = sorted[name];
        target.set(unsorted[name].subarray(0, n));
      }
    } else {
      sorted.kind.fill(DEAD, n);
    }
    let maxSlot = 0;
    for (let i = 0; i < n; i++) maxSlot = Math.max(maxSlot, sorted.slot[i]);
    const slotPos = new Int32Array(maxSlot + 1 + 4_096).fill(-1);
    for (let i = 0; i < n; i++) slotPos[sorted.slot[i]] = i;
    return new MapIndex(sorted, slotPos, n);
  }

  /** Live entries. */
  get size(): number {
    return this.live;
  }

  /** Entries in the unsorted tail. */
  get deltaSize(): number {
    return this.count - this.baseCount;
  }

  /**
   * Bytes held by the columns, the bitsets and the summaries per block and district (for logs
   * and the memory budget).
   */
  get bytes(): number {
    return (
      COLUMN_NAMES.reduce((sum, name) => sum + this.columns[name].byteLength, 0) +
      this.slotPos.byteLength +
      this.bitsets.bytes +
      this.blocks.bytes +
      this.districts.bytes
    );
  }

  has(slot: number): boolean {
    return slot < this.slotPos.length && this.slotPos[slot] >= 0;
  }

  /** Applies changed points (as re-read from `map_point`) in place. */
  apply(records: Iterable<MapPointRecord>): void {
    for (const record of records) this.applyOne(record);
  }

  private applyOne(record: MapPointRecord): void {
    const c = this.columns;
    const pos = record.slot < this.slotPos.length ? this.slotPos[record.slot] : -1;
    if (record.deleted) {
      if (pos >= 0) {
        this.blocks.add(pos, c.kind[pos], -1);
        this.bitsets.remove(pos);
        c.kind[pos] = DEAD;
        this.slotPos[record.slot] = -1;
        this.live--;
      }
      return;
    }
    if (pos >= 0 && c.code[pos] === record.code) {
      this.blocks.add(pos, c.kind[pos], -1);
      this.bitsets.remove(pos);
      this.write(pos, record);
      this.blocks.add(pos, c.kind[pos], 1);
      this.bitsets.add(pos);
      this.districts.add(c.district[pos], c.code[pos]);
      return;
    }
    if (pos >= 0) {
      this.blocks.add(pos, c.kind[pos], -1);
      this.bitsets.remove(pos);
      c.kind[pos] = DEAD;
      this.live--;
    }
    if (this.count === c.code.length) this.compact();
    if (record.slot >= this.slotPos.length) {
      const grown = new Int32Array(Math.max(record.slot + 1, this.slotPos.length * 1.5)).fill(-1);
      grown.set(this.slotPos);
      this.slotPos = grown;
    }
    const at = this.count++;
    this.write(at, record);
    this.columns.code[at] = record.code;
    // A tail entry has no bits, but its district's box must cover it (see `aggregate`).
    this.districts.add(this.columns.district[at], record.code);
    this.slotPos[record.slot] = at;
    this.live++;
  }

  private write(pos: number, r: MapPointRecord): void {
    const c = this.columns;
    c.slot[pos] = r.slot;
    c.kind[pos] = r.kind;
    c.district[pos] = r.district;
    c.flags[pos] = r.flags;
    c.offers[pos] = r.offers;
    c.seeks[pos] = r.seeks;
    c.themes[pos] = r.themes;
    c.attributes[pos] = r.attributes;
    c.verified[pos] = r.verified;
  }

  /** Sorts the tail into the base and drops dead entries. */
  compact(): void {
    const c = this.columns;
    const live = allocate(this.live);
    let n = 0;
    for (let i = 0; i < this.count; i++) {
      if (c.kind[i] === DEAD) continue;
      for (const name of COLUMN_NAMES) live[name][n] = c[name][i];
      n++;
    }
    const rebuilt = MapIndex.fromColumns(live, n);
    this.columns = rebuilt.columns;
    this.slotPos =
      rebuilt.slotPos.length >= this.slotPos.length
        ? rebuilt.slotPos
        : (() => {
            const slotPos = new Int32Array(this.slotPos.length).fill(-1);
            slotPos.set(rebuilt.slotPos);
            return slotPos;
          })();
    this.blocks = rebuilt.blocks;
    this.bitsets = rebuilt.bitsets;
    this.districts = rebuilt.districts;
    this.baseCount = rebuilt.baseCount;
    this.count = rebuilt.count;
    this.live = rebuilt.live;
  }

  /**
   * Counts the points inside `rect` that pass `filter`, per tile of `level` (at most the tiles
   * of the rectangle, which the caller keeps small).
   */
  aggregate(rect: GridRect, level: number, filter: IndexFilter): Aggregation {
    if (tileCount(rect, level) > MAX_AGGREGATE_TILES) {
      throw new RangeError(`More than ${MAX_AGGREGATE_TILES} tiles: choose a coarser level`);
    }
    const area = this.searchArea(rect, filter);
    if (area === null) return { cells: [], total: 0, totals: [0, 0, 0] };
    const c = this.columns;
    const matcher = new Matcher(c, filter);
    const shift = GRID_LEVEL - level;
    const tileSize = 2 ** shift;
    const scan = new RunScan(c, filter, shift, BitsetFilter.of(this.bitsets, filter));

    const totals: KindCounts = [0, 0, 0];
    const delta = this.aggregateDelta(area, shift, filter, matcher, totals);
    const tiles = tileRange(area, level);
    const cells: CellAggregate[] = [];
    let total = 0;

    for (let ty = tiles.y0; ty <= tiles.y1; ty++) {
      for (let tx = tiles.x0; tx <= tiles.x1; tx++) {
        const [start, span] = tileCodeRange(tx, ty, level);
        const lo = lowerBound(c.code, this.baseCount, start);
        const hi = lowerBound(c.code, this.baseCount, start + span);
        const extra = delta.get(ty * 65_536 + tx);
        if (lo === hi && !extra) continue;
        const inside =
          filter.near === null &&
          tx * tileSize >= area.x0 &&
          (tx + 1) * tileSize - 1 <= area.x1 &&
          ty * tileSize >= area.y0 &&
          (ty + 1) * tileSize - 1 <= area.y1;
        if (inside && !matcher.any) {
          this.blocks.sum(lo, hi, scan, filter.kinds, tx * tileSize, ty * tileSize);
        } else scan.run(lo, hi, start, inside ? null : area);
        totals[0] += scan.facet[0];
        totals[1] += scan.facet[1];
        totals[2] += scan.facet[2];
        let count = scan.count;
        let sumX = scan.sumX + count * tx * tileSize;
        let sumY = scan.sumY + count * ty * tileSize;
        let slot = count === 1 ? this.singleSlot(lo, hi, filter, matcher, scan, area, inside) : -1;
        const counts: KindCounts = [scan.counts[0], scan.counts[1], scan.counts[2]];
        if (extra) {
          slot = count === 0 && extra.count === 1 ? extra.slot : -1;
          counts[0] += extra.counts[0];
          counts[1] += extra.counts[1];
          counts[2] += extra.counts[2];
          count += extra.count;
          sumX += extra.sumX;
          sumY += extra.sumY;
        }
        if (count === 0) continue;
        total += count;
        cells.push({ tx, ty, count, counts, x: sumX / count, y: sumY / count, slot });
      }
    }
    return { cells, total, totals };
  }

  /**
   * Where points passing `filter` can lie inside `rect`: with a district filter, only in the
   * district's box (which covers its entries of the base and the tail); null: nowhere.
   */
  private searchArea(rect: GridRect, filter: IndexFilter): GridRect | null {
    return filter.district === 0 ? rect : this.districts.clip(rect, filter.district);
  }

  /** The slot of the one shown point of a run (which `scan` counted as 1). */
  private singleSlot(
    lo: number,
    hi: number,
    filter: IndexFilter,
    matcher: Matcher,
    scan: RunScan,
    rect: GridRect,
    inside: boolean,
  ): number {
    if (scan.single >= 0) return this.columns.slot[scan.single] ?? -1;
    const c = this.columns;
    for (let i = lo; i < hi; i++) {
      const k = c.kind[i];
      if (k === DEAD || (filter.kinds & (1 << k)) === 0) continue;
      if (matcher.any && !matcher.test(i)) continue;
      const at = c.code[i];
      if (!inside && !placeMatches(mortonX(at), mortonY(at), rect, filter.near)) continue;
      return c.slot[i];
    }
    return -1;
  }

  private aggregateDelta(
    rect: GridRect,
    shift: number,
    filter: IndexFilter,
    matcher: Matcher,
    totals: KindCounts,
  ) {
    const byTile = new Map<
      number,
      { count: number; counts: KindCounts; sumX: number; sumY: number; slot: number }
    >();
    const c = this.columns;
    for (let i = this.baseCount; i < this.count; i++) {
      const k = c.kind[i];
      if (k === DEAD || !matcher.test(i)) continue;
      const at = c.code[i];
      const x = mortonX(at);
      const y = mortonY(at);
      if (!placeMatches(x, y, rect, filter.near)) continue;
      totals[k as KindCode]++;
      if ((filter.kinds & (1 << k)) === 0) continue;
      const key = (y >>> shift) * 65_536 + (x >>> shift);
      const tile = byTile.get(key) ?? { count: 0, counts: [0, 0, 0], sumX: 0, sumY: 0, slot: -1 };
      tile.count++;
      tile.counts[k as KindCode]++;
      tile.sumX += x + 0.5;
      tile.sumY += y + 0.5;
      tile.slot = c.slot[i];
      byTile.set(key, tile);
    }
    return byTile;
  }

  /**
   * The points inside `rect` that pass `filter` (kind filter included), nearest to
   * (`cx`, `cy`) first: the total and the page [offset, offset + limit).
   */
  nearest(
    rect: GridRect,
    filter: IndexFilter,
    cx: number,
    cy: number,
    offset: number,
    limit: number,
  ): NearestResult {
    const c = this.columns;
    // The total as the map counts it (block sums where nothing but kinds filters).
    const total = this.aggregate(rect, tileLevelFor(rect, GRID_LEVEL, 1_024), filter).total;
    const area = this.searchArea(rect, filter);
    if (area === null) return { total, items: [] };
    const matcher = new Matcher(c, filter);
    const bits = BitsetFilter.of(this.bitsets, filter);
    // The entries the bitsets yield have passed the mask conditions.
    const rest = bits === null ? matcher : new Matcher(c, filter, false);
    const heap = new DistanceHeap(offset + limit);
    const consider = (i: number, test: Matcher) => {
      const k = c.kind[i];
      if (k === DEAD || (filter.kinds & (1 << k)) === 0) return;
      if (test.any && !test.test(i)) return;
      const at = c.code[i];
      const x = mortonX(at);
      const y = mortonY(at);
      if (!placeMatches(x, y, area, filter.near)) return;
      heap.offer(c.slot[i], gridDistanceM(x + 0.5, y + 0.5, cx, cy));
    };
    for (let i = this.baseCount; i < this.count; i++) consider(i, matcher);

    // Tiles of about 1/16 of the area, nearest first, until no farther tile can hold a point
    // nearer than the page's farthest.
    const span = Math.max(area.x1 - area.x0, area.y1 - area.y0) + 1;
    const level = Math.max(4, Math.min(GRID_LEVEL, GRID_LEVEL - Math.ceil(Math.log2(span / 4))));
    const shift = GRID_LEVEL - level;
    const tileSize = 2 ** shift;
    const tiles = tileRange(area, level);
    const order: { tx: number; ty: number; minM: number }[] = [];
    for (let ty = tiles.y0; ty <= tiles.y1; ty++) {
      for (let tx = tiles.x0; tx <= tiles.x1; tx++) {
        const nx = Math.min(Math.max(cx, tx * tileSize), (tx + 1) * tileSize);
        const ny = Math.min(Math.max(cy, ty * tileSize), (ty + 1) * tileSize);
        order.push({ tx, ty, minM: gridDistanceM(nx, ny, cx, cy) });
      }
    }
    order.sort((a, b) => a.minM - b.minM);
    for (const { tx, ty, minM } of order) {
      if (heap.full && minM >= heap.max) break;
      const [start, count] = tileCodeRange(tx, ty, level);
      const lo = lowerBound(c.code, this.baseCount, start);
      const hi = lowerBound(c.code, this.baseCount, start + count);
      if (bits !== null) bits.each(lo, hi, (i) => consider(i, rest));
      else for (let i = lo; i < hi; i++) consider(i, matcher);
    }
    return { total, items: heap.sorted().slice(offset) };
  }

  /**
   * The `limit` points among `slots` nearest to (`cx`, `cy`), with their distances; slots not
   * in the index are skipped.
   */
  nearestOf(slots: Iterable<number>, cx: number, cy: number, limit: number): NearestResult {
    const heap = new DistanceHeap(limit);
    let total = 0;
    for (const slot of slots) {
      const pos = slot < this.slotPos.length ? this.slotPos[slot] : -1;
      if (pos < 0) continue;
      total++;
      const at = this.columns.code[pos];
      heap.offer(slot, gridDistanceM(mortonX(at) + 0.5, mortonY(at) + 0.5, cx, cy));
    }
    return { total, items: heap.sorted() };
  }
}

/** The `capacity` smallest distances seen (a max-heap). */
class DistanceHeap {
  private readonly slots: number[] = [];
  private readonly distances: number[] = [];

  constructor(private readonly capacity: number) {}

  get full(): boolean {
    return this.slots.length >= this.capacity;
  }

  get max(): number {
    return this.distances[0] ?? Infinity;
  }

  offer(slot: number, distance: number): void {
    if (this.capacity === 0) return;
    if (!this.full) {
      this.slots.push(slot);
      this.distances.push(distance);
      this.up(this.slots.length - 1);
    } else if (distance < this.max) {
      this.slots[0] = slot;
      this.distances[0] = distance;
      this.down(0);
    }
  }

  sorted(): { slot: number; distanceM: number }[] {
    return this.slots
      .map((slot, i) => ({ slot, distanceM: this.distances[i] }))
      .sort((a, b) => a.distanceM - b.distanceM || a.slot - b.slot);
  }

  private swap(a: number, b: number): void {
    [this.slots[a], this.slots[b]] = [this.slots[b], this.slots[a]];
    [this.distances[a], this.distances[b]] = [this.distances[b], this.distances[a]];
  }

  private up(i: number): void {
    let at = i;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (this.distances[parent] >= this.distances[at]) return;
      this.swap(parent, at);
      at = parent;
    }
  }

  private down(i: number): void {
    let at = i;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let largest = at;
      const d = this.distances;
      if (left < d.length && d[left] > d[largest]) largest = left;
      if (right < d.length && d[right] > d[largest]) largest = right;
      if (largest === at) return;
      this.swap(largest, at);
      at = largest;
    }
  }
}

/**
 * Collects points (e.g. while streaming them from the database) into growing columns, then
 * sorts them into an index.
 */
export class MapIndexBuilder {
  private columns: Columns;
  private n = 0;

  constructor(expected = 1_024) {
    this.columns = allocate(Math.max(16, expected + headroom(expected)));
  }

  get size(): number {
    return this.n;
  }

  add(record: MapPointRecord): void {
    if (record.deleted) return;
    if (this.n === this.columns.code.length) this.grow();
    const c = this.columns;
    const i = this.n++;
    c.code[i] = record.code;
    c.slot[i] = record.slot;
    c.kind[i] = record.kind;
    c.district[i] = record.district;
    c.flags[i] = record.flags;
    c.offers[i] = record.offers;
    c.seeks[i] = record.seeks;
    c.themes[i] = record.themes;
    c.attributes[i] = record.attributes;
    c.verified[i] = record.verified;
  }

  build(): MapIndex {
    const index = MapIndex.fromColumns(this.columns, this.n);
    this.columns = allocate(16);
    this.n = 0;
    return index;
  }

  private grow(): void {
    const bigger = allocate(Math.ceil(this.columns.code.length * 1.5));
    for (const name of COLUMN_NAMES) {
      const target: Column = bigger[name];
      target.set(this.columns[name]);
    }
    this.columns = bigger;
  }
}
