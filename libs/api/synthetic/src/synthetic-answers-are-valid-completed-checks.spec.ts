import {
  assessmentProblems,
  deriveProfile,
  latestCheckVersion,
  matchSideOf,
  profileItemKey,
  ratingsToLetters,
} from '@bs/domain';
import { describe, expect, it } from 'vitest';
import { syntheticPlan } from './synthetic-plan';
import { syntheticRecord } from './synthetic-records';
import { realGeography, sampleOrdinals } from './testing/real-geography';

const referenceTime = new Date('2026-11-30T12:00:00Z');

describe('synthetic answers are valid completed checks of the latest version', () => {
  it('passes completion validation and derives exactly the stored profile', async () => {
    const plan = syntheticPlan(await realGeography(), { scale: 1, seed: 3, referenceTime });
    let checked = 0;
    for (const ordinal of sampleOrdinals(plan.size, 3_000)) {
      const { organisation, check } = syntheticRecord(plan, ordinal);
      if (organisation.kind === 'INTERMEDIARY') {
        expect(check).toBeNull();
        continue;
      }
      if (!check) throw new Error('a ZO or KMU without a check');
      checked++;
      expect(check.version).toBe(latestCheckVersion(organisation.kind));
      expect(assessmentProblems(check.version, check.answers, { completing: true })).toEqual([]);
      const derived = deriveProfile(check.version, check.answers);
      expect(check.entries.map(profileItemKey)).toEqual(derived.items.map(profileItemKey));
      expect(check.entries.map((e) => e.examples)).toEqual(derived.items.map((i) => i.examples));
      expect(check.readiness).toBe(derived.readiness.score);
      expect(check.ratings).toBe(ratingsToLetters(derived.readiness.ratings));
      // Every completed check names at least one exchange, so it can match.
      const side = matchSideOf(check.indexed);
      expect(side.offers | side.seeks).not.toBe(0);
      expect(check.completedAt.getTime()).toBeLessThanOrEqual(referenceTime.getTime());
      expect(check.createdAt.getTime()).toBeLessThanOrEqual(check.completedAt.getTime());
      expect(check.completedAt.getTime()).toBeGreaterThanOrEqual(
        Date.parse(check.version.publishedAt),
      );
      // Terms only on offered topics; verification only on attributes.
      for (const e of check.entries) {
        if (e.leadTimeDays !== null) expect([e.category, e.direction]).toEqual(['TOPIC', 'OFFERS']);
        if (e.verifiedAt !== null) expect(e.category).toBe('ATTRIBUTE');
      }
    }
    expect(checked).toBeGreaterThan(2_900);
  });

  it('keeps answers compact: criteria fields only where chosen, no empty notes beyond ""', async () => {
    const plan = syntheticPlan(await realGeography(), { scale: 0.05, seed: 3, referenceTime });
    const sizes = sampleOrdinals(plan.size, 500).map((n) => {
      const { check } = syntheticRecord(plan, n);
      for (const answer of check?.answers.checkpoints ?? []) {
        if (answer.requiredCriteria) expect(answer.requiredCriteria.length).toBeGreaterThan(0);
        if (answer.exitCriteria) expect(answer.exitCriteria.length).toBeGreaterThan(0);
      }
      return check ? JSON.stringify(check.answers).length : 0;
    });
    expect(Math.max(...sizes)).toBeLessThan(3_000);
  });
});
