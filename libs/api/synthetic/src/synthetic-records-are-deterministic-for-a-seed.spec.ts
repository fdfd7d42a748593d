import { describe, expect, it } from 'vitest';
import { COPY_TABLES, pointHex } from './copy-rows';
import { loadSyntheticGeography } from './geography';
import { syntheticPlan } from './synthetic-plan';
import { organisationId, syntheticRecord } from './synthetic-records';
import { realGeography, sampleOrdinals, testGeoDataDir } from './testing/real-geography';

const referenceTime = new Date('2026-11-30T12:00:00Z');

/** All COPY lines of a record: what the database would receive. */
function rowsOf(plan: ReturnType<typeof syntheticPlan>, ordinal: number): string {
  const record = syntheticRecord(plan, ordinal);
  const location = pointHex(record.organisation.lng, record.organisation.lat);
  return COPY_TABLES.map((t) => t.rows(record, location)).join('');
}

describe('synthetic records are deterministic for a seed', () => {
  it('reproduces every row from the seed, with geodata read afresh and in another order', async () => {
    const first = syntheticPlan(await realGeography(), { scale: 0.1, seed: 42, referenceTime });
    const second = syntheticPlan(await loadSyntheticGeography(testGeoDataDir), {
      scale: 0.1,
      seed: 42,
      referenceTime,
    });
    const ordinals = sampleOrdinals(first.size, 400);
    const forwards = ordinals.map((n) => rowsOf(first, n));
    const backwards = [...ordinals].reverse().map((n) => rowsOf(second, n));
    expect(backwards.reverse()).toEqual(forwards);
  });

  it('gives another seed other organisations', async () => {
    const geography = await realGeography();
    const a = syntheticPlan(geography, { scale: 0.1, seed: 42, referenceTime });
    const b = syntheticPlan(geography, { scale: 0.1, seed: 43, referenceTime });
    const ordinals = sampleOrdinals(a.size, 200);
    const differentNames = ordinals.filter(
      (n) => syntheticRecord(a, n).organisation.name !== syntheticRecord(b, n).organisation.name,
    );
    expect(differentNames.length).toBeGreaterThan(150);
    expect(ordinals.every((n) => organisationId(a, n) !== organisationId(b, n))).toBe(true);
  });

  it('gives every organisation a distinct id in UUID format', async () => {
    const plan = syntheticPlan(await realGeography(), { scale: 0.05, seed: 42, referenceTime });
    const ids = new Set<string>();
    for (let n = 0; n < plan.size; n++) ids.add(organisationId(plan, n));
    expect(ids.size).toBe(plan.size);
    expect(organisationId(plan, 0)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
