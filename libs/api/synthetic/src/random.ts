/**
 * Seeded randomness for the synthetic data. Every organisation draws from its own stream,
 * derived from the run's seed and the organisation's ordinal, so any organisation can be
 * regenerated on its own (tests sample a few thousand out of millions) and the output does
 * not depend on batch sizes or the order in which rows are written.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform 32-bit unsigned integer. */
  uint32(): number;
}

/** The 32-bit finaliser of MurmurHash3: spreads the bits of one integer over all others. */
function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Mixes integers (seed, stream, ordinal, …) into one well-spread 32-bit key. */
export function mixKeys(...keys: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const key of keys) {
    // Integers above 2^32 (large ordinals) contribute both halves.
    const low = key >>> 0;
    const high = Math.floor(key / 4294967296) >>> 0;
    h = fmix32(h ^ fmix32(low + 0x7f4a7c15));
    h = fmix32(h ^ fmix32(high + 0x165667b1));
  }
  return h;
}

/**
 * A small fast generator (SFC32, Chris Doty-Humphrey's "small fast chaotic" PRNG) seeded from
 * the mixed keys. Its state is 128 bits, so streams of neighbouring ordinals do not correlate.
 */
export function seededRandom(...keys: readonly number[]): Random {
  let a = mixKeys(...keys, 1);
  let b = mixKeys(...keys, 2);
  let c = mixKeys(...keys, 3);
  let d = 1;
  const uint32 = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  // Warm up: the first outputs of a freshly seeded SFC32 are weakly mixed.
  for (let i = 0; i < 12; i++) uint32();
  return { uint32, next: () => uint32() / 4294967296 };
}

/** True with probability `p` (clamped to 0…1). */
export function chance(random: Random, p: number): boolean {
  return random.next() < p;
}

/** An integer in [min, max], both inclusive. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random.next() * (max - min + 1));
}

/** One of `items`, uniformly. */
export function pickOne<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random.next() * items.length)];
  if (item === undefined) throw new Error('pickOne from an empty list');
  return item;
}

/** A table of values with relative weights, prepared once for fast repeated draws. */
export interface WeightedTable<T> {
  readonly values: readonly T[];
  /** Cumulative weights, normalised so the last is 1. */
  readonly cumulative: Float64Array;
}

export function weightedTable<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  if (!(total > 0)) throw new Error('A weighted table needs a positive total weight');
  const cumulative = new Float64Array(entries.length);
  let sum = 0;
  entries.forEach(([, weight], i) => {
    sum += weight;
    cumulative[i] = sum / total;
  });
  return { values: entries.map(([value]) => value), cumulative };
}

/** A value of the table with probability proportional to its weight (binary search). */
export function pickWeighted<T>(random: Random, table: WeightedTable<T>): T {
  const r = random.next();
  let low = 0;
  let high = table.cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((table.cumulative[mid] ?? 1) > r) high = mid;
    else low = mid + 1;
  }
  const value = table.values[low];
  if (value === undefined) throw new Error('pickWeighted from an empty table');
  return value;
}

/** A deterministic version-4-shaped UUID from the stream (122 random bits). */
export function randomUuid(random: Random): string {
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  const a = hex(random.uint32());
  const b = hex(random.uint32());
  const c = hex(random.uint32());
  const d = hex(random.uint32());
  const variant = ((parseInt(c[0] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
}
