import { describe, expect, it } from 'vitest';
import { ZO_FIRST_ROUND } from '../checks/fixtures/assessment-answers';
import { latestCheckVersion } from '../checks/registry';
import { CHECKPOINT_3_ANSWER, deriveProfile } from './derive-profile';

const derive = (answers: typeof ZO_FIRST_ROUND) =>
  deriveProfile(latestCheckVersion('ZO'), answers).items;

describe('deriving a profile: criteria from checkpoint 3', () => {
  it('takes required and exit criteria from the answer fields of checkpoint 3', () => {
    const items = derive(ZO_FIRST_ROUND);
    expect(items.filter((i) => i.category === 'REQUIRED_CRITERION')).toEqual([
      {
        category: 'REQUIRED_CRITERION',
        code: 'occupational-safety-health',
        direction: null,
        examples: [CHECKPOINT_3_ANSWER],
      },
    ]);
    expect(items.filter((i) => i.category === 'EXIT_CRITERION').map((i) => i.code)).toEqual([
      'partner-violates-values',
    ]);
  });

  it('does not treat the ticked menu example of criteria as criteria themselves', () => {
    const answers = {
      checkpoints: ZO_FIRST_ROUND.checkpoints.map((c) =>
        c.number === 3
          ? {
              ...c,
              tickedExamples: ['zo-3-quality-criteria'],
              requiredCriteria: [],
              exitCriteria: [],
            }
          : c,
      ),
    };
    const categories = new Set(derive(answers).map((i) => i.category));
    expect(categories.has('REQUIRED_CRITERION')).toBe(false);
    expect(categories.has('EXIT_CRITERION')).toBe(false);
  });
});
