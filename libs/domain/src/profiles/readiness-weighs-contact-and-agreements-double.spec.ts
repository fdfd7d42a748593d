import { describe, expect, it } from 'vitest';
import { ZO_FIRST_ROUND } from '../checks/fixtures/assessment-answers';
import { latestCheckVersion } from '../checks/registry';
import { deriveProfile } from './derive-profile';
import { readinessOf } from './readiness';

const G = 'GREEN' as const;
const Y = 'YELLOW' as const;
const R = 'RED' as const;

describe('readiness from the ratings', () => {
  it('is 1 when every checkpoint is green and 0 when every one is red', () => {
    expect(readinessOf([G, G, G, G, G, G, G]).score).toBe(1);
    expect(readinessOf([R, R, R, R, R, R, R]).score).toBe(0);
  });

  it('counts contact development (5) and agreements (6) double', () => {
    const greenOnKeyCheckpoints = readinessOf([R, R, R, R, G, G, R]).score;
    const greenElsewhere = readinessOf([G, G, R, R, R, R, R]).score;
    expect(greenOnKeyCheckpoints).toBeCloseTo(4 / 9, 3);
    expect(greenElsewhere).toBeCloseTo(2 / 9, 3);
  });

  it('counts the ratings of a completed check', () => {
    const readiness = deriveProfile(latestCheckVersion('ZO'), ZO_FIRST_ROUND).readiness;
    expect(readiness.ratings).toEqual([G, R, Y, G, Y, G, R]);
    expect([readiness.green, readiness.yellow, readiness.red]).toEqual([3, 2, 2]);
  });

  it('refuses ratings of an unfinished check', () => {
    expect(() => readinessOf([G, null, G, G, G, G, G])).toThrow(/seven checkpoints/);
    expect(() => readinessOf([G, G])).toThrow();
  });
});
