import type { OrganisationKind } from '@bs/domain';
import { apportion } from './district-population';
import { INTERMEDIARIES_AT_SCALE_1, KMU_AT_SCALE_1, ZO_AT_SCALE_1 } from './distributions';
import type { SyntheticDistrict, SyntheticGeography } from './geography';

export interface SyntheticOptions {
  /** 1 = about 620,000 ZOs and 3.4 million KMU; 0.01 = one hundredth of that. */
  readonly scale: number;
  readonly seed: number;
  /**
   * "Now" for the generated timestamps (completed checks lie before it). Part of the input so
   * that a seed reproduces the same rows; the loader passes the time of the load.
   */
  readonly referenceTime: Date;
}

/** How many organisations of each kind a district gets, and where its ordinals start. */
export interface DistrictAllocation {
  readonly district: SyntheticDistrict;
  readonly intermediaries: number;
  readonly zo: number;
  readonly kmu: number;
  /** Ordinal of the district's first organisation; its intermediaries come first, then ZO, KMU. */
  readonly firstOrdinal: number;
}

export interface SyntheticPlan {
  readonly options: SyntheticOptions;
  readonly allocations: readonly DistrictAllocation[];
  readonly totals: { readonly intermediaries: number; readonly zo: number; readonly kmu: number };
  /** Number of organisations, i.e. the end of the ordinal range. */
  readonly size: number;
}

export class SyntheticOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyntheticOptionsError';
  }
}

/**
 * Spreads the organisations over the districts in proportion to their population, each kind
 * on its own (largest remainder), with at least one of each kind per district whenever the
 * kind's total allows it, so every district has data even at small scales.
 */
export function syntheticPlan(
  geography: SyntheticGeography,
  options: SyntheticOptions,
): SyntheticPlan {
  if (!(options.scale > 0) || options.scale > 10) {
    throw new SyntheticOptionsError('The scale must be greater than 0 and at most 10');
  }
  if (!Number.isSafeInteger(options.seed)) {
    throw new SyntheticOptionsError('The seed must be an integer');
  }
  const weights = geography.districts.map((d) => d.population);
  const totals = {
    intermediaries: Math.round(INTERMEDIARIES_AT_SCALE_1 * options.scale),
    zo: Math.max(1, Math.round(ZO_AT_SCALE_1 * options.scale)),
    kmu: Math.max(1, Math.round(KMU_AT_SCALE_1 * options.scale)),
  };
  const intermediaries = apportion(totals.intermediaries, weights, 1);
  const zo = apportion(totals.zo, weights, 1);
  const kmu = apportion(totals.kmu, weights, 1);
  let next = 0;
  const allocations = geography.districts.map((district, i) => {
    const allocation = {
      district,
      intermediaries: intermediaries[i] ?? 0,
      zo: zo[i] ?? 0,
      kmu: kmu[i] ?? 0,
      firstOrdinal: next,
    };
    next += allocation.intermediaries + allocation.zo + allocation.kmu;
    return allocation;
  });
  return { options, allocations, totals, size: next };
}

/** Where an ordinal falls: its district and kind. */
export function slotOf(
  plan: SyntheticPlan,
  ordinal: number,
): { allocation: DistrictAllocation; kind: OrganisationKind } {
  if (!Number.isInteger(ordinal) || ordinal < 0 || ordinal >= plan.size) {
    throw new RangeError(`Ordinal ${ordinal} is outside 0…${plan.size - 1}`);
  }
  let low = 0;
  let high = plan.allocations.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((plan.allocations[mid]?.firstOrdinal ?? 0) <= ordinal) low = mid;
    else high = mid - 1;
  }
  const allocation = plan.allocations[low];
  if (!allocation) throw new RangeError(`No district for ordinal ${ordinal}`);
  const offset = ordinal - allocation.firstOrdinal;
  const kind: OrganisationKind =
    offset < allocation.intermediaries
      ? 'INTERMEDIARY'
      : offset < allocation.intermediaries + allocation.zo
        ? 'ZO'
        : 'KMU';
  return { allocation, kind };
}
