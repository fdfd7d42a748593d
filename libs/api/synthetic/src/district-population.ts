import populationTable from 'landkreise-deutschland/data/districts.json';

/**
 * District population for weighting the synthetic data: Destatis via `landkreise-deutschland`
 * (status 31.12.2018, CC BY 4.0). Its keys (AGS) and the geodata's districts (BKG VG5000,
 * 01.01.2021) come from different years; German district reforms since then merge districts,
 * so a source key may have no district in the geodata. Such keys are mapped explicitly to the
 * district that absorbed them here; anything else that does not match is an error, never a
 * silent loss of population.
 */
export const DISTRICT_SUCCESSORS: Readonly<Record<string, string>> = {
  // Eisenach (kreisfreie Stadt) joined the Wartburgkreis on 1 July 2021.
  '16056': '16063',
  // Göttingen and Osterode am Harz merged into the new Landkreis Göttingen on 1 Nov 2016.
  '03152': '03159',
  '03156': '03159',
};

export interface PopulationRecord {
  /** Five-digit AGS. */
  readonly key: string;
  readonly name: string;
  readonly population: number;
}

/** The package's table with keys normalised: some AGS are numbers and lost their leading 0. */
export function sourcePopulation(): PopulationRecord[] {
  return (populationTable as readonly { AGS: string | number; name: string; population: number }[])
    .map((row) => ({
      key: String(row.AGS).padStart(5, '0'),
      name: row.name,
      population: row.population,
    }))
    .filter((row) => row.population > 0);
}

export class PopulationMismatchError extends Error {
  constructor(problem: string) {
    super(`District population does not fit the geodata: ${problem}`);
    this.name = 'PopulationMismatchError';
  }
}

/**
 * Population per district of the geodata. A source district that the geodata lacks adds its
 * population to its successor (`successors`); a geodata district without any population, or
 * a source district with neither a match nor a successor, is reported as an error.
 */
export function populationByDistrict(
  districtKeys: readonly string[],
  source: readonly PopulationRecord[] = sourcePopulation(),
  successors: Readonly<Record<string, string>> = DISTRICT_SUCCESSORS,
): Map<string, number> {
  const known = new Set(districtKeys);
  const result = new Map<string, number>(districtKeys.map((key) => [key, 0]));
  const unmatched: string[] = [];
  for (const row of source) {
    let key = row.key;
    // Follow a chain of reforms (a merged district may itself have merged again later).
    for (let hops = 0; !known.has(key) && successors[key] && hops < 5; hops++) {
      key = successors[key] ?? key;
    }
    if (!known.has(key)) {
      unmatched.push(`${row.key} ${row.name}`);
      continue;
    }
    result.set(key, (result.get(key) ?? 0) + row.population);
  }
  if (unmatched.length > 0) {
    throw new PopulationMismatchError(
      `no district in the geodata for ${unmatched.join(', ')} (add the successor to DISTRICT_SUCCESSORS)`,
    );
  }
  const empty = [...result].filter(([, population]) => population === 0).map(([key]) => key);
  if (empty.length > 0) {
    throw new PopulationMismatchError(`no population for the districts ${empty.join(', ')}`);
  }
  return result;
}

/**
 * Splits `total` into integer parts proportional to `weights` (largest remainder method), with
 * at least `minimum` per part when the total allows it, so that small districts still get
 * organisations at small scales. Parts whose quota falls below the minimum are fixed at it and
 * the rest is shared among the others, so parts above the minimum keep exact proportions. The
 * parts always add up to `total`.
 */
export function apportion(total: number, weights: readonly number[], minimum = 0): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const floor = total >= n * minimum ? minimum : 0;
  const fixed = new Array<boolean>(n).fill(false);
  let quotas: number[] = [];
  for (;;) {
    const open = weights.filter((_, i) => !fixed[i]);
    const rest = total - floor * (n - open.length);
    const sum = open.reduce((s, w) => s + w, 0);
    quotas = weights.map((w, i) => (fixed[i] ? floor : sum > 0 ? (rest * w) / sum : 0));
    const below = quotas.map((q, i) => !fixed[i] && q < floor);
    if (!below.includes(true)) break;
    below.forEach((b, i) => (fixed[i] = fixed[i] || b));
  }
  const parts = quotas.map(Math.floor);
  let left = total - parts.reduce((s, p) => s + p, 0);
  // Hand out what is left by the largest fractional remainder (ties: lower index).
  const order = quotas
    .map((q, i) => ({ i, remainder: q - Math.floor(q) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (let k = 0; left > 0 && k < n; k++, left--) {
    const slot = order[k];
    if (slot) parts[slot.i] = (parts[slot.i] ?? 0) + 1;
  }
  return parts;
}
