import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { apportion } from './district-population';

const weights = fc.array(fc.integer({ min: 1, max: 4_000_000 }), { minLength: 1, maxLength: 60 });

test.prop([fc.integer({ min: 0, max: 5_000_000 }), weights, fc.integer({ min: 0, max: 3 })])(
  'apportion adds up to the total, honours the minimum and stays within one of the quota',
  (total, w, minimum) => {
    const parts = apportion(total, w, minimum);
    expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
    const floor = total >= w.length * minimum ? minimum : 0;
    const sum = w.reduce((s, x) => s + x, 0);
    const quotas = w.map((x) => (total * x) / sum);
    const minimumBinds = quotas.some((q) => q < floor);
    parts.forEach((part, i) => {
      expect(part).toBeGreaterThanOrEqual(floor);
      const quota = quotas[i] ?? 0;
      // Raising small parts to the minimum can only take from the others.
      if (part > floor) expect(part).toBeLessThan(quota + 1);
      if (!minimumBinds) expect(Math.abs(part - quota)).toBeLessThan(1);
    });
  },
);
