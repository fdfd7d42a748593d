import { describe, expect, it } from 'vitest';
import { assessmentProblems, NOTES_MAX_LENGTH } from './assessment';
import { ZO_KMU_V1 } from './catalogues/zo-kmu-v1';

describe('ratings, checkpoint numbers and notes that are not valid', () => {
  it('rejects a rating other than RED, YELLOW or GREEN', () => {
    const answers = {
      checkpoints: [
        { number: 1, rating: 'AMBER', tickedExamples: [], notes: '' },
        { number: 2, rating: 'green', tickedExamples: [], notes: '' },
      ],
    };
    expect(assessmentProblems(ZO_KMU_V1, answers, { completing: false })).toEqual([
      { path: 'checkpoints[0].rating', messageKey: 'checks.ratingInvalid', checkpoint: 1 },
      { path: 'checkpoints[1].rating', messageKey: 'checks.ratingInvalid', checkpoint: 2 },
    ]);
  });

  it('rejects checkpoint numbers outside the version once, without examining the entry further', () => {
    const answers = {
      checkpoints: [
        { number: 0, rating: 'AMBER', tickedExamples: ['nope'], notes: '' },
        { number: 8, rating: 'RED', tickedExamples: [], notes: '' },
        { number: 2.5, rating: 'RED', tickedExamples: [], notes: '' },
      ],
    };
    expect(assessmentProblems(ZO_KMU_V1, answers, { completing: false })).toEqual([
      { path: 'checkpoints[0].number', messageKey: 'checks.checkpointUnknown' },
      { path: 'checkpoints[1].number', messageKey: 'checks.checkpointUnknown' },
      { path: 'checkpoints[2].number', messageKey: 'checks.checkpointUnknown' },
    ]);
  });

  it('rejects two answers for the same checkpoint', () => {
    const answers = {
      checkpoints: [
        { number: 4, rating: 'RED', tickedExamples: [], notes: '' },
        { number: 4, rating: 'GREEN', tickedExamples: [], notes: '' },
      ],
    };
    expect(assessmentProblems(ZO_KMU_V1, answers, { completing: false })).toEqual([
      { path: 'checkpoints[1].number', messageKey: 'checks.checkpointDuplicate', checkpoint: 4 },
    ]);
  });

  it('accepts notes up to the limit and rejects longer ones', () => {
    const answer = (notes: string) => ({
      checkpoints: [{ number: 6, rating: null, tickedExamples: [], notes }],
    });
    expect(
      assessmentProblems(ZO_KMU_V1, answer('x'.repeat(NOTES_MAX_LENGTH)), { completing: false }),
    ).toEqual([]);
    expect(
      assessmentProblems(ZO_KMU_V1, answer('x'.repeat(NOTES_MAX_LENGTH + 1)), {
        completing: false,
      }),
    ).toEqual([{ path: 'checkpoints[0].notes', messageKey: 'checks.notesTooLong', checkpoint: 6 }]);
  });
});
