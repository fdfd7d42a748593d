import { describe, expect, it } from 'vitest';
import { slotOf, syntheticPlan, SyntheticOptionsError } from './synthetic-plan';
import { realGeography } from './testing/real-geography';

const referenceTime = new Date('2026-11-30T12:00:00Z');

describe('organisations per district follow its population', () => {
  it('plans 620,000 ZOs, 3.4 million KMU and 1,000 intermediaries at scale 1', async () => {
    const plan = syntheticPlan(await realGeography(), { scale: 1, seed: 42, referenceTime });
    expect(plan.totals).toEqual({ zo: 620_000, kmu: 3_400_000, intermediaries: 1_000 });
    const sum = (f: (a: (typeof plan.allocations)[number]) => number) =>
      plan.allocations.reduce((s, a) => s + f(a), 0);
    expect(sum((a) => a.zo)).toBe(620_000);
    expect(sum((a) => a.kmu)).toBe(3_400_000);
    expect(sum((a) => a.intermediaries)).toBe(1_000);
    expect(plan.size).toBe(4_021_000);
  });

  it('gives each district its population share of each kind, within one organisation', async () => {
    const geography = await realGeography();
    const plan = syntheticPlan(geography, { scale: 1, seed: 42, referenceTime });
    const population = geography.districts.reduce((s, d) => s + d.population, 0);
    for (const a of plan.allocations) {
      // Every district is above the minimum of one at this scale, so quotas are exact.
      expect(Math.abs(a.zo - (620_000 * a.district.population) / population)).toBeLessThan(1);
      expect(Math.abs(a.kmu - (3_400_000 * a.district.population) / population)).toBeLessThan(1);
    }
    const berlin = plan.allocations.find((a) => a.district.key === '11000');
    // Berlin holds about 4.4 % of the population.
    expect(berlin?.kmu).toBeGreaterThan(145_000);
    expect(berlin?.kmu).toBeLessThan(155_000);
  });

  it('gives every district of the geodata organisations of both kinds, even at scale 0.002', async () => {
    const geography = await realGeography();
    const plan = syntheticPlan(geography, { scale: 0.002, seed: 42, referenceTime });
    expect(plan.allocations.map((a) => a.district.key)).toEqual(
      geography.districts.map((d) => d.key),
    );
    expect(plan.allocations).toHaveLength(401);
    for (const a of plan.allocations) {
      expect(a.zo).toBeGreaterThanOrEqual(1);
      expect(a.kmu).toBeGreaterThanOrEqual(1);
    }
    expect(plan.totals).toEqual({ zo: 1_240, kmu: 6_800, intermediaries: 2 });
  });

  it('numbers organisations district by district: intermediaries, then ZOs, then KMU', async () => {
    const plan = syntheticPlan(await realGeography(), { scale: 0.01, seed: 1, referenceTime });
    const second = plan.allocations[1];
    if (!second) throw new Error('no second district');
    const first = second.firstOrdinal;
    const kinds = Array.from({ length: second.intermediaries + second.zo + second.kmu }, (_, i) =>
      slotOf(plan, first + i),
    );
    expect(kinds.every((s) => s.allocation === second)).toBe(true);
    expect(kinds.map((s) => s.kind)).toEqual([
      ...Array<string>(second.intermediaries).fill('INTERMEDIARY'),
      ...Array<string>(second.zo).fill('ZO'),
      ...Array<string>(second.kmu).fill('KMU'),
    ]);
    expect(() => slotOf(plan, plan.size)).toThrow(RangeError);
  });

  it('rejects a scale outside (0, 10] and a seed that is not an integer', async () => {
    const geography = await realGeography();
    expect(() => syntheticPlan(geography, { scale: 0, seed: 1, referenceTime })).toThrow(
      SyntheticOptionsError,
    );
    expect(() => syntheticPlan(geography, { scale: 1, seed: 1.5, referenceTime })).toThrow(
      SyntheticOptionsError,
    );
  });
});
