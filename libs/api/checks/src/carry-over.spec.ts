import { latestCheckVersion, type AssessmentAnswers } from '@bs/domain';
import { describe, expect, it } from 'vitest';
import { carryOver, emptyAnswers } from './assessment.service';

describe('starting a re-check', () => {
  const check = latestCheckVersion('ZO');

  it('starts from seven unrated checkpoints when there is no earlier check', () => {
    const answers = emptyAnswers(check);
    expect(answers.checkpoints.map((c) => [c.number, c.rating])).toEqual([
      [1, null],
      [2, null],
      [3, null],
      [4, null],
      [5, null],
      [6, null],
      [7, null],
    ]);
  });

  it('carries ratings, notes and ticked examples over, dropping examples the version no longer has', () => {
    const kept = check.checkpoints[1].examples[0].code;
    const previous: AssessmentAnswers = {
      checkpoints: emptyAnswers(check).checkpoints.map((c) =>
        c.number === 2
          ? {
              ...c,
              rating: 'RED',
              notes: 'Öffentlichkeitsarbeit fehlt',
              tickedExamples: [kept, 'zo-2-retired-example'],
            }
          : c,
      ),
    };
    const next = carryOver(check, previous);
    expect(next.checkpoints[1]).toMatchObject({
      rating: 'RED',
      notes: 'Öffentlichkeitsarbeit fehlt',
      tickedExamples: [kept],
    });
    expect(next.checkpoints).toHaveLength(7);
  });
});
