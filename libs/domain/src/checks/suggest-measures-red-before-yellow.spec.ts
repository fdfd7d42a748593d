import { describe, expect, it } from 'vitest';
import { ZO_KMU_V1 } from './catalogues/zo-kmu-v1';
import { ZO_FIRST_ROUND } from './fixtures/assessment-answers';
import { suggestMeasures } from './measures';

describe('suggested measures: red checkpoints before yellow ones', () => {
  const suggestions = suggestMeasures(ZO_KMU_V1, ZO_FIRST_ROUND);

  it('lists red checkpoints (2, 7) in order, then yellow ones (3, 5)', () => {
    const order = suggestions.map((s) => s.checkpoint).filter((n, i, all) => all[i - 1] !== n);
    expect(order).toEqual([2, 7, 3, 5]);
  });

  it('gives red suggestions HIGH and yellow ones MEDIUM priority', () => {
    for (const s of suggestions)
      expect(s.priority).toBe(s.checkpoint === 2 || s.checkpoint === 7 ? 'HIGH' : 'MEDIUM');
  });

  it("uses the example's text in both languages and links back to it", () => {
    const first = suggestions[0];
    expect(first.exampleCode).toBe('zo-2-helpers-seek');
    expect(first.text).toEqual({
      de: 'Beschäftigte als Helfende für einzelne Aktionen, Feste oder Projekte gewinnen',
      en: 'Gain employees as helpers for single events, festivals or projects',
    });
  });

  it('suggests nothing for green checkpoints', () => {
    expect(suggestions.some((s) => [1, 4, 6].includes(s.checkpoint))).toBe(false);
  });
});
