import { describe, expect, it } from 'vitest';
import type { AssessmentAnswers } from './assessment';
import { ZO_KMU_V1 } from './catalogues/zo-kmu-v1';
import { suggestMeasures } from './measures';

describe('suggested measures skip what is already in place', () => {
  const checkpoint7 = ZO_KMU_V1.checkpoints[6];

  it('suggests every unticked example of a red checkpoint, in catalogue order', () => {
    const answers: AssessmentAnswers = {
      checkpoints: [
        {
          number: 7,
          rating: 'RED',
          tickedExamples: ['zo-7-coordinator', 'zo-7-public-reporting'],
          notes: '',
        },
      ],
    };
    const codes = suggestMeasures(ZO_KMU_V1, answers).map((s) => s.exampleCode);
    expect(codes).toEqual(
      checkpoint7.examples
        .map((e) => e.code)
        .filter((code) => code !== 'zo-7-coordinator' && code !== 'zo-7-public-reporting'),
    );
  });

  it('suggests nothing for a red checkpoint whose examples are all ticked', () => {
    const answers: AssessmentAnswers = {
      checkpoints: [
        {
          number: 7,
          rating: 'RED',
          tickedExamples: checkpoint7.examples.map((e) => e.code),
          notes: '',
        },
      ],
    };
    expect(suggestMeasures(ZO_KMU_V1, answers)).toEqual([]);
  });

  it('ignores unrated checkpoints, unknown numbers, and a second answer for the same checkpoint', () => {
    const answers: AssessmentAnswers = {
      checkpoints: [
        { number: 4, rating: null, tickedExamples: [], notes: '' },
        { number: 9, rating: 'RED', tickedExamples: [], notes: '' },
        { number: 1, rating: 'GREEN', tickedExamples: [], notes: '' },
        { number: 1, rating: 'RED', tickedExamples: [], notes: '' },
      ],
    };
    expect(suggestMeasures(ZO_KMU_V1, answers)).toEqual([]);
  });
});
