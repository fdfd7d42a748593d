import { describe, expect, it } from 'vitest';
import { assessmentProblems } from './assessment';
import { ZO_KMU_V1 } from './catalogues/zo-kmu-v1';

describe('ticked examples that do not belong where they are ticked', () => {
  it('rejects codes from the other check, made-up codes, codes of another checkpoint and repeats', () => {
    const problems = assessmentProblems(
      ZO_KMU_V1,
      {
        checkpoints: [
          {
            number: 2,
            rating: 'YELLOW',
            tickedExamples: [
              'zo-2-volunteers-seek',
              'kmu-2-volunteers-offer',
              'zo-2-unicorns',
              'zo-3-theme-climate',
              'zo-2-volunteers-seek',
            ],
            notes: '',
          },
        ],
      },
      { completing: false },
    );
    expect(problems).toEqual([
      {
        path: 'checkpoints[0].tickedExamples[1]',
        messageKey: 'checks.exampleUnknown',
        checkpoint: 2,
      },
      {
        path: 'checkpoints[0].tickedExamples[2]',
        messageKey: 'checks.exampleUnknown',
        checkpoint: 2,
      },
      {
        path: 'checkpoints[0].tickedExamples[3]',
        messageKey: 'checks.exampleWrongCheckpoint',
        checkpoint: 2,
      },
      {
        path: 'checkpoints[0].tickedExamples[4]',
        messageKey: 'checks.exampleDuplicate',
        checkpoint: 2,
      },
    ]);
  });
});
