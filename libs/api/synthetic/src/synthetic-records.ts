import { latestCheckVersion } from '@bs/domain';
import { catalogueModel, syntheticCheck, type SyntheticCheck } from './synthetic-check';
import { syntheticOrganisation, type SyntheticOrganisation } from './synthetic-organisation';
import { randomUuid, seededRandom } from './random';
import { slotOf, type DistrictAllocation, type SyntheticPlan } from './synthetic-plan';

/** Everything generated for one organisation: its row, and its check and profile if it has one. */
export interface SyntheticRecord {
  readonly ordinal: number;
  readonly organisation: SyntheticOrganisation;
  /** Districts an intermediary serves (its own); empty for ZO and KMU. */
  readonly servedDistricts: readonly string[];
  /** The completed check and derived profile of a ZO or KMU; null for intermediaries. */
  readonly check: SyntheticCheck | null;
  /** When the organisation was registered: shortly before its check was started. */
  readonly registeredAt: Date;
}

/** Streams within an organisation's randomness: its id alone, and everything else. */
const ID_STREAM = 0;
const DAY_MS = 86_400_000;
const DATA_STREAM = 1;

/** The id of the organisation at `ordinal`, without generating the rest of it. */
export function organisationId(plan: SyntheticPlan, ordinal: number): string {
  return randomUuid(seededRandom(plan.options.seed, ordinal, ID_STREAM));
}

const verifierCache = new WeakMap<DistrictAllocation, readonly string[]>();

/** Ids of the intermediaries of a district (the first ordinals of its range). */
export function districtIntermediaryIds(
  plan: SyntheticPlan,
  allocation: DistrictAllocation,
): readonly string[] {
  let ids = verifierCache.get(allocation);
  if (!ids) {
    ids = Array.from({ length: allocation.intermediaries }, (_, i) =>
      organisationId(plan, allocation.firstOrdinal + i),
    );
    verifierCache.set(allocation, ids);
  }
  return ids;
}

/**
 * The organisation at `ordinal` of the plan. Deterministic: the same plan (geography, scale,
 * seed, reference time) gives the same record, whichever other records are generated.
 */
export function syntheticRecord(plan: SyntheticPlan, ordinal: number): SyntheticRecord {
  const { allocation, kind } = slotOf(plan, ordinal);
  const id = organisationId(plan, ordinal);
  const random = seededRandom(plan.options.seed, ordinal, DATA_STREAM);
  const organisation = syntheticOrganisation(random, id, kind, allocation.district);
  if (kind === 'INTERMEDIARY') {
    // Intermediaries were on the platform before the organisations of their district.
    const registeredAt = new Date(plan.options.referenceTime.getTime() - 90 * DAY_MS);
    return {
      ordinal,
      organisation,
      servedDistricts: [allocation.district.key],
      check: null,
      registeredAt,
    };
  }
  const check = syntheticCheck(
    random,
    catalogueModel(latestCheckVersion(kind)),
    organisation,
    randomUuid(random),
    {
      referenceTime: plan.options.referenceTime,
      verifiers: districtIntermediaryIds(plan, allocation),
    },
  );
  const registeredAt = new Date(check.createdAt.getTime() - Math.round(random.next() * 7) * DAY_MS);
  return { ordinal, organisation, servedDistricts: [], check, registeredAt };
}
