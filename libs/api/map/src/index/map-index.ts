import { QUALITY_ATTRIBUTES, THEMES, TOPICS } from '@bs/domain';
import {
  GRID_LEVEL,
  morton,
  mortonX,
  mortonY,
  tileCodeRange,
  tileCount,
  tileRange,
  UNIT_M_AT_EQUATOR,
  latOfGridY,
  MIN_TILE_LEVEL,
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
  /**
   * Slots that match a text query, as a bitset; null: no text filter. Not to be changed once
   * passed: `nearest` keeps the matches by position per array until the next sort.
   */
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

/** The cosine of the latitude at grid position y (clamped to the grid) as distances use it. */
const cosOfRow = (y: number): number =>
  COS_OF_ROW[Math.min(65_535, Math.max(0, Math.floor(y)))] ?? 1;

/** Distance in metres between two grid positions (local Mercator scale, exact enough ≤ 200 km). */
export function gridDistanceM(ax: number, ay: number, bx: number, by: number): number {
  return Math.hypot(ax - bx, ay - by) * UNIT_M_AT_EQUATOR * ((cosOfRow(ay) + cosOfRow(by)) / 2);
}

/**
 * Relative slack of `boxDistanceM`: its bounds are computed like `gridDistanceM`, whose
 * rounding may differ by a few units in the last place.
 */
const BOUND_SLACK = 1e-9;

/**
 * The least (`far` false) or greatest (`far` true) `gridDistanceM` from (`px`, `py`) to the
 * centre of a cell of the block of cells [x0, x1] × [y0, y1], as a bound: a little below the
 * least, above the greatest. The scale of a cell's row lies between those of the block's first
 * and last rows, since the cosine of the latitude grows monotonically southwards on the grid.
 */
function boxDistanceM(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  px: number,
  py: number,
  far: boolean,
): number {
  const left = x0 + 0.5 - px;
  const right = px - (x1 + 0.5);
  const top = y0 + 0.5 - py;
  const bottom = py - (y1 + 0.5);
  const cosTop = cosOfRow(y0 + 0.5);
  const cosBottom = cosOfRow(y1 + 0.5);
  const cosP = cosOfRow(py);
  if (far) {
    const dx = Math.max(Math.abs(left), Math.abs(right));
    const dy = Math.max(Math.abs(top), Math.abs(bottom));
    const scale = (Math.max(cosTop, cosBottom) + cosP) / 2;
    return Math.hypot(dx, dy) * UNIT_M_AT_EQUATOR * scale * (1 + BOUND_SLACK);
  }
  const dx = Math.max(0, left, right);
  const dy = Math.max(0, top, bottom);
  const scale = (Math.min(cosTop, cosBottom) + cosP) / 2;
  return Math.hypot(dx, dy) * UNIT_M_AT_EQUATOR * scale * (1 - BOUND_SLACK);
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
const lowerBound = (sorted: Uint32Array, n: number, value: number): number =>
  lowerBoundIn(sorted, 0, n, value);

/** Index of the first element ≥ value in `sorted[from…to)` (`to` when there is none). */
function lowerBoundIn(sorted: Uint32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Set bits of a 32-bit word. */
function bitCount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
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
 * pass, instead of reading the masks of every entry (see `BitsetFilter`); per kind code, one more
 * tells the live entries of that kind (for the list, see `ListScan`). Dead entries have no bits;
 * entries of the tail have none either (`aggregateDelta` tests them one by one). One bitset
 * costs an eighth of a byte per base entry: ~110 of them, ~55 MB at 4 M entries.
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
  /** Per kind code: the live entries of that kind. */
  readonly kinds: Uint32Array[];
  /** All bitsets, one after the other. */
  private readonly words: Uint32Array;

  constructor(
    private readonly c: Columns,
    private readonly baseCount: number,
  ) {
    const length = (baseCount + 31) >>> 5;
    const total =
      2 * TOPICS.length +
      THEMES.length +
      2 * QUALITY_ATTRIBUTES.length +
      1 +
      FLAG_BITS +
      KIND_CODES.length;
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
    this.kinds = take(KIND_CODES.length);
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
    markCodes(this.kinds, 1 << c.kind[i], word, bit, on);
    if (c.verified[i] === 0) return;
    if (on) this.verifiedAny[word] |= bit;
    else this.verifiedAny[word] &= ~bit;
  }
}

/** The bitsets of the codes in `mask` (bit k: `sets[k]`). */
const setsOf = (sets: Uint32Array[], mask: number): Uint32Array[] =>
  sets.filter((_, k) => (mask >>> k) & 1);

/**
 * Conditions on base entries as bitsets: `word(j)` has bit b set when base entry 32·j + b passes
 * all of them. For the map (`of`) they are the mask conditions of a filter (the tested fields'
 * visibility, topics, themes, attributes, verification), which only apply when the filter tests
 * fields (`fields !== 0`, as in `Matcher`); for the list (`shown`) also the kinds and a text.
 */
class BitsetFilter {
  /**
   * @param terms all must hold: each is the OR of its bitsets (an empty term holds nowhere),
   *   the usually rarer ones first so that `word` mostly stops early
   * @param masks whether the terms hold the filter's mask conditions
   */
  private constructor(
    private readonly terms: readonly (readonly Uint32Array[])[],
    readonly masks: boolean,
  ) {}

  /**
   * The filter's mask conditions and text (`text`: its matches by position, see
   * `MapIndex.textPositions`); null when it has neither (or names a code beyond the taxonomy,
   * which has no bitset: the point-by-point scan then decides).
   */
  static of(bits: BaseBitsets, filter: IndexFilter, text: Uint32Array | null): BitsetFilter | null {
    const masks = BitsetFilter.maskTerms(bits, filter);
    if (masks === null) return null;
    // A text usually matches fewer entries than any code: its term first.
    const terms = text === null ? masks : [[text], ...masks];
    return terms.length === 0 ? null : new BitsetFilter(terms, true);
  }

  /**
   * The base entries a list may show: those of the shown kinds (so no dead ones) that match the
   * text (`text`: its matches by position, see `MapIndex.textPositions`) and pass the mask
   * conditions, unless the filter names a code beyond the taxonomy (then `masks` is false and
   * the columns must tell). District and place are left to the caller.
   */
  static shown(bits: BaseBitsets, filter: IndexFilter, text: Uint32Array | null): BitsetFilter {
    const masks = BitsetFilter.maskTerms(bits, filter);
    const terms: (readonly Uint32Array[])[] = [];
    if (text !== null) terms.push([text]);
    terms.push(...(masks ?? []), setsOf(bits.kinds, filter.kinds));
    return new BitsetFilter(terms, masks !== null);
  }

  /**
   * The filter's mask conditions as terms, none when it tests no fields; null when it names a
   * code beyond the taxonomy.
   */
  private static maskTerms(bits: BaseBitsets, filter: IndexFilter): Uint32Array[][] | null {
    const { fields, offers, seeks, themes, attributes, verifiedOnly, standingShift } = filter;
    if (fields === 0) return [];
    if (
      !withinCodes(offers, bits.offers.length) ||
      !withinCodes(seeks, bits.seeks.length) ||
      !withinCodes(themes, bits.themes.length) ||
      !withinCodes(attributes, bits.attributes.length)
    ) {
      return null;
    }
    const terms: Uint32Array[][] = [];
    // Attributes: all of them (each its own term), verified ones when asked.
    for (const set of setsOf(verifiedOnly ? bits.verified : bits.attributes, attributes)) {
      terms.push([set]);
    }
    if (verifiedOnly && attributes === 0) terms.push([bits.verifiedAny]);
    // Topics and themes: any of the codes.
    if (themes !== 0) terms.push(setsOf(bits.themes, themes));
    if (seeks !== 0) terms.push(setsOf(bits.seeks, seeks));
    if (offers !== 0) terms.push(setsOf(bits.offers, offers));
    // Visibility: every tested field bit at the standing's place (none beyond the 8 flags).
    for (let field = 0; field < 32; field++) {
      if (((fields >>> field) & 1) === 0) continue;
      const flag = field + standingShift;
      terms.push(flag < FLAG_BITS ? [bits.flags[flag]] : []);
    }
    return terms;
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

  /** How many base entries of [lo, hi) pass. */
  count(lo: number, hi: number): number {
    if (lo >= hi) return 0;
    const first = lo >>> 5;
    const last = (hi - 1) >>> 5;
    let n = 0;
    for (let j = first; j <= last; j++) {
      let word = this.word(j);
      if (j === first) word &= -1 << (lo & 31);
      if (j === last) word &= -1 >>> (31 - ((hi - 1) & 31));
      n += bitCount(word);
    }
    return n;
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
 * The list walks the quadtree of those runs nearest to its centre first (see `ListScan`).
 * Entries are addressed by their `map_point.slot`.
 */
export class MapIndex {
  private columns: Columns;
  private slotPos: Int32Array;
  private blocks: BlockSummary;
  private bitsets: BaseBitsets;
  private districts: DistrictBoxes;
  /** Per text filter seen by `aggregate` or `nearest`, its matches by position (see `textPositions`). */
  private textBits = new WeakMap<Uint8Array, Uint32Array>();
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
    this.textBits = new WeakMap();
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
    const text = filter.text === null ? null : this.textPositions(filter.text);
    const scan = new RunScan(c, filter, shift, BitsetFilter.of(this.bitsets, filter, text));

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
   * The points inside `rect` that pass `filter` (kind filter included), nearest to (`cx`, `cy`)
   * first and at equal distances by slot: the total and the page [offset, offset + limit).
   *
   * The tail is tested entry by entry. In the base, the total is counted from the bitsets tile
   * by tile, and the page comes from a walk over the tiles nearest first that stops once no tile
   * left can hold a point ranking before the page's last (see `ListScan`).
   */
  nearest(
    rect: GridRect,
    filter: IndexFilter,
    cx: number,
    cy: number,
    offset: number,
    limit: number,
  ): NearestResult {
    const area = this.searchArea(rect, filter);
    if (area === null) return { total: 0, items: [] };
    const c = this.columns;
    const heap = new DistanceHeap(offset + limit);
    const matcher = new Matcher(c, filter);
    let total = 0;
    for (let i = this.baseCount; i < this.count; i++) {
      const k = c.kind[i];
      if (k === DEAD || (filter.kinds & (1 << k)) === 0) continue;
      if (matcher.any && !matcher.test(i)) continue;
      const at = c.code[i];
      const x = mortonX(at);
      const y = mortonY(at);
      if (!placeMatches(x, y, area, filter.near)) continue;
      total++;
      heap.offer(c.slot[i], gridDistanceM(x + 0.5, y + 0.5, cx, cy));
    }
    const text = filter.text === null ? null : this.textPositions(filter.text);
    const bits = BitsetFilter.shown(this.bitsets, filter, text);
    // What the bitsets leave to the columns: the district, and the masks where they cannot tell.
    const rest = new Matcher(c, { ...filter, text: null }, !bits.masks);
    const scan = new ListScan(c, this.baseCount, area, filter.near, bits, rest.any ? rest : null);
    const passing = scan.count();
    total += passing;
    if (passing > 0 && offset + limit > 0) scan.walk(heap, cx, cy, passing);
    return { total, items: heap.sorted().slice(offset) };
  }

  /**
   * The base entries whose slots are set in `text` (a text filter's bitset over slots), as a
   * bitset over positions. Kept per array until the next sort: until then a base position keeps
   * its slot or dies (the kind bitsets leave dead entries out), and entries added or moved go to
   * the tail, which is tested slot by slot.
   */
  private textPositions(text: Uint8Array): Uint32Array {
    const known = this.textBits.get(text);
    if (known) return known;
    const positions = new Uint32Array((this.baseCount + 31) >>> 5);
    const slotPos = this.slotPos;
    const slots = Math.min(text.length, (slotPos.length + 7) >>> 3);
    for (let byte = 0; byte < slots; byte++) {
      let bits = text[byte];
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        const slot = (byte << 3) | (31 - Math.clz32(low));
        const pos = slot < slotPos.length ? slotPos[slot] : -1;
        if (pos >= 0 && pos < this.baseCount) positions[pos >>> 5] |= 1 << (pos & 31);
      }
    }
    this.textBits.set(text, positions);
    return positions;
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

/**
 * The `capacity` first points seen in the order of the list: by distance, then by slot (a
 * max-heap in that order, so the result does not depend on the order they are offered in).
 */
class DistanceHeap {
  private readonly slots: number[] = [];
  private readonly distances: number[] = [];

  constructor(private readonly capacity: number) {}

  get full(): boolean {
    return this.slots.length >= this.capacity;
  }

  /** The distance of the last point kept (Infinity while there is none). */
  get max(): number {
    return this.distances[0] ?? Infinity;
  }

  offer(slot: number, distance: number): void {
    if (this.capacity <= 0) return;
    if (!this.full) {
      this.slots.push(slot);
      this.distances.push(distance);
      this.up(this.slots.length - 1);
    } else if (distance < this.max || (distance === this.max && slot < this.slots[0])) {
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

  /** Whether the point at `a` comes after the one at `b` in the list. */
  private after(a: number, b: number): boolean {
    const d = this.distances;
    return d[a] > d[b] || (d[a] === d[b] && this.slots[a] > this.slots[b]);
  }

  private swap(a: number, b: number): void {
    [this.slots[a], this.slots[b]] = [this.slots[b], this.slots[a]];
    [this.distances[a], this.distances[b]] = [this.distances[b], this.distances[a]];
  }

  private up(i: number): void {
    let at = i;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.after(at, parent)) return;
      this.swap(parent, at);
      at = parent;
    }
  }

  private down(i: number): void {
    let at = i;
    const n = this.slots.length;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let last = at;
      if (left < n && this.after(left, last)) last = left;
      if (right < n && this.after(right, last)) last = right;
      if (last === at) return;
      this.swap(last, at);
      at = last;
    }
  }
}

/** Where a tile lies relative to the place a list searches (its rectangle and circle). */
const OUTSIDE = 0;
const PARTLY = 1;
const INSIDE = 2;
type Placement = typeof OUTSIDE | typeof PARTLY | typeof INSIDE;

/** Side of the quadtree's root (the whole grid) as a power of two. */
const ROOT_SHIFT = GRID_LEVEL - MIN_TILE_LEVEL;
/** Runs of at most this many entries across the place's edge are tested entry by entry. */
const MIN_LEAF = 64;
/** The walk's leaves hold at most this many entries (see `ListScan.count`). */
const MAX_LEAF = 65_536;
/** Passing entries the walk aims at per leaf. */
const LEAF_PASSING = 32;

/**
 * The base entries a list shows: those inside `area` (and the filter's circle) that pass the
 * filter, kinds included. They are found through the implicit quadtree of the sorted base: the
 * entries of a tile (side 2^shift cells, corner x, y) are one run [lo, hi) of the Morton order,
 * which three binary searches split into the runs of its four quarters. `count` adds up the
 * tiles inside the place from the bitsets and tests entries one by one only along its edge;
 * `walk` visits tiles nearest to a centre first.
 */
class ListScan {
  private readonly code: Uint32Array;
  private readonly slot: Int32Array;
  /** Entries per leaf of the walk, set by `count`. */
  private leaf = MIN_LEAF;

  /**
   * @param bits the list's conditions as bitsets (`BitsetFilter.shown`)
   * @param test what `bits` leave to the columns (the district, masks beyond the taxonomy), or
   *   null when nothing
   */
  constructor(
    c: Columns,
    private readonly baseCount: number,
    private readonly area: GridRect,
    private readonly near: IndexFilter['near'],
    private readonly bits: BitsetFilter,
    private readonly test: Matcher | null,
  ) {
    this.code = c.code;
    this.slot = c.slot;
  }

  /**
   * How many entries pass. Also sizes the walk's leaves so that each holds about `LEAF_PASSING`
   * passing entries: a rare filter reads large runs word by word rather than many small tiles.
   */
  count(): number {
    const counted = { entries: 0 };
    const passing = this.countTile(0, 0, ROOT_SHIFT, 0, this.baseCount, counted);
    const leaf = Math.round((LEAF_PASSING * counted.entries) / Math.max(1, passing));
    this.leaf = Math.min(MAX_LEAF, Math.max(MIN_LEAF, leaf));
    return passing;
  }

  /**
   * Offers the passing entries to `heap` nearest to (`cx`, `cy`) first, tile by tile, until
   * the heap is full and no tile left can hold an entry ranking before its last, or all
   * `passing` entries (as counted) have been seen.
   */
  walk(heap: DistanceHeap, cx: number, cy: number, passing: number): void {
    const queue = new TileQueue();
    this.enqueue(queue, 0, 0, ROOT_SHIFT, 0, this.baseCount, false, cx, cy);
    let seen = 0;
    while (queue.size > 0 && seen < passing) {
      // A tile's bound may equal the last distance: an entry there may still win on its slot.
      if (heap.full && queue.nearest > heap.max) return;
      const t = queue.pop();
      const x = queue.x[t];
      const y = queue.y[t];
      const shift = queue.shift[t];
      const lo = queue.lo[t];
      const hi = queue.hi[t];
      const inside = queue.inside[t];
      if (hi - lo <= this.leaf || shift === 0) {
        seen += this.pass(lo, hi, inside, heap, cx, cy);
        continue;
      }
      const [b1, b2, b3] = this.quarters(x, y, shift, lo, hi);
      const half = 1 << (shift - 1);
      this.enqueue(queue, x, y, shift - 1, lo, b1, inside, cx, cy);
      this.enqueue(queue, x + half, y, shift - 1, b1, b2, inside, cx, cy);
      this.enqueue(queue, x, y + half, shift - 1, b2, b3, inside, cx, cy);
      this.enqueue(queue, x + half, y + half, shift - 1, b3, hi, inside, cx, cy);
    }
  }

  private countTile(
    x: number,
    y: number,
    shift: number,
    lo: number,
    hi: number,
    counted: { entries: number },
  ): number {
    if (lo >= hi) return 0;
    const placement = this.placementOf(x, y, shift);
    if (placement === OUTSIDE) return 0;
    if (placement === INSIDE || hi - lo <= MIN_LEAF || shift === 0) {
      counted.entries += hi - lo;
      return this.pass(lo, hi, placement === INSIDE, null, 0, 0);
    }
    const [b1, b2, b3] = this.quarters(x, y, shift, lo, hi);
    const half = 1 << (shift - 1);
    return (
      this.countTile(x, y, shift - 1, lo, b1, counted) +
      this.countTile(x + half, y, shift - 1, b1, b2, counted) +
      this.countTile(x, y + half, shift - 1, b2, b3, counted) +
      this.countTile(x + half, y + half, shift - 1, b3, hi, counted)
    );
  }

  /** Queues a tile that holds entries and meets the place, with its least distance. */
  private enqueue(
    queue: TileQueue,
    x: number,
    y: number,
    shift: number,
    lo: number,
    hi: number,
    inside: boolean,
    cx: number,
    cy: number,
  ): void {
    if (lo >= hi) return;
    const placement = inside ? INSIDE : this.placementOf(x, y, shift);
    if (placement === OUTSIDE) return;
    // Only the tile's cells inside the rectangle can hold entries of the list.
    const a = this.area;
    const last = (1 << shift) - 1;
    const bound = boxDistanceM(
      Math.max(x, a.x0),
      Math.max(y, a.y0),
      Math.min(x + last, a.x1),
      Math.min(y + last, a.y1),
      cx,
      cy,
      false,
    );
    queue.push(x, y, shift, lo, hi, placement === INSIDE, bound);
  }

  private placementOf(x: number, y: number, shift: number): Placement {
    const a = this.area;
    const x1 = x + (1 << shift) - 1;
    const y1 = y + (1 << shift) - 1;
    if (x1 < a.x0 || x > a.x1 || y1 < a.y0 || y > a.y1) return OUTSIDE;
    const inRect = x >= a.x0 && x1 <= a.x1 && y >= a.y0 && y1 <= a.y1;
    const near = this.near;
    if (near === null) return inRect ? INSIDE : PARTLY;
    const x0In = Math.max(x, a.x0);
    const y0In = Math.max(y, a.y0);
    const x1In = Math.min(x1, a.x1);
    const y1In = Math.min(y1, a.y1);
    if (boxDistanceM(x0In, y0In, x1In, y1In, near.x, near.y, false) > near.radiusM) {
      return OUTSIDE;
    }
    const within = boxDistanceM(x0In, y0In, x1In, y1In, near.x, near.y, true) <= near.radiusM;
    return inRect && within ? INSIDE : PARTLY;
  }

  /** Where the runs of the second, third and fourth quarter of a tile's run start. */
  private quarters(
    x: number,
    y: number,
    shift: number,
    lo: number,
    hi: number,
  ): [number, number, number] {
    const start = morton(x, y);
    const quarter = 4 ** (shift - 1);
    const b1 = lowerBoundIn(this.code, lo, hi, start + quarter);
    const b2 = lowerBoundIn(this.code, b1, hi, start + 2 * quarter);
    const b3 = lowerBoundIn(this.code, b2, hi, start + 3 * quarter);
    return [b1, b2, b3];
  }

  /**
   * The entries of the run [lo, hi) that pass (the place tested unless the run lies `inside`
   * it): counted, and offered to `heap` with their distance to (`cx`, `cy`) unless it is null.
   */
  private pass(
    lo: number,
    hi: number,
    inside: boolean,
    heap: DistanceHeap | null,
    cx: number,
    cy: number,
  ): number {
    if (lo >= hi) return 0;
    const test = this.test;
    if (inside && heap === null && test === null) return this.bits.count(lo, hi);
    const { code, slot, area, near, bits } = this;
    let passed = 0;
    const first = lo >>> 5;
    const last = (hi - 1) >>> 5;
    for (let j = first; j <= last; j++) {
      let word = bits.word(j);
      if (j === first) word &= -1 << (lo & 31);
      if (j === last) word &= -1 >>> (31 - ((hi - 1) & 31));
      while (word !== 0) {
        const low = word & -word;
        word ^= low;
        const i = (j << 5) | (31 - Math.clz32(low));
        if (test !== null && !test.test(i)) continue;
        if (inside && heap === null) {
          passed++;
          continue;
        }
        const at = code[i];
        const x = mortonX(at);
        const y = mortonY(at);
        if (!inside && !placeMatches(x, y, area, near)) continue;
        passed++;
        heap?.offer(slot[i], gridDistanceM(x + 0.5, y + 0.5, cx, cy));
      }
    }
    return passed;
  }
}

/**
 * The tiles a `ListScan.walk` has yet to visit, least distance first (a min-heap of tile ids;
 * a tile's fields are read by its id).
 */
class TileQueue {
  readonly x: number[] = [];
  readonly y: number[] = [];
  readonly shift: number[] = [];
  readonly lo: number[] = [];
  readonly hi: number[] = [];
  readonly inside: boolean[] = [];
  private readonly bound: number[] = [];
  private readonly heap: number[] = [];

  get size(): number {
    return this.heap.length;
  }

  /** The least distance of the tiles waiting (Infinity when none). */
  get nearest(): number {
    return this.heap.length === 0 ? Infinity : this.bound[this.heap[0]];
  }

  push(
    x: number,
    y: number,
    shift: number,
    lo: number,
    hi: number,
    inside: boolean,
    bound: number,
  ): void {
    const id = this.bound.length;
    this.x.push(x);
    this.y.push(y);
    this.shift.push(shift);
    this.lo.push(lo);
    this.hi.push(hi);
    this.inside.push(inside);
    this.bound.push(bound);
    const heap = this.heap;
    let at = heap.length;
    heap.push(id);
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (this.bound[heap[parent]] <= bound) break;
      heap[at] = heap[parent];
      at = parent;
    }
    heap[at] = id;
  }

  /** Removes the nearest tile and returns its id. */
  pop(): number {
    const heap = this.heap;
    const top = heap[0];
    const moved = heap.pop();
    if (moved === undefined || heap.length === 0) return top;
    const bound = this.bound[moved];
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child =
        right < heap.length && this.bound[heap[right]] < this.bound[heap[left]] ? right : left;
      if (this.bound[heap[child]] >= bound) break;
      heap[at] = heap[child];
      at = child;
    }
    heap[at] = moved;
    return top;
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
