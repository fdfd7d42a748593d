import { resolve } from 'node:path';
import { loadSyntheticGeography, type SyntheticGeography } from '../geography';

/** The real offline geodata (../shared/data/geo next to the workspace, or GEO_DATA_DIR). */
export const testGeoDataDir =
  process.env['GEO_DATA_DIR'] ?? resolve(import.meta.dirname, '../../../../../../shared/data/geo');

let cached: Promise<SyntheticGeography> | undefined;

/** The geography of the real geodata, read once per test file. */
export function realGeography(): Promise<SyntheticGeography> {
  cached ??= loadSyntheticGeography(testGeoDataDir);
  return cached;
}

/** Every `step`-th ordinal of a range, for sampling millions of organisations cheaply. */
export function sampleOrdinals(size: number, count: number): number[] {
  const step = Math.max(1, Math.floor(size / count));
  // An offset that varies per sample, so a periodic pattern in the ordinals is not missed.
  return Array.from({ length: Math.min(count, Math.ceil(size / step)) }, (_, i) =>
    Math.min(size - 1, i * step + ((i * 7919) % step)),
  );
}
