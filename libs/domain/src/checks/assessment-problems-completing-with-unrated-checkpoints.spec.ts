import { describe, expect, it } from 'vitest';
import { assessmentProblems } from './assessment';
import { KMU_ZO_V1 } from './catalogues/kmu-zo-v1';
import { ZO_KMU_V1 } from './catalogues/zo-kmu-v1';
import { KMU_COMPLETE, ZO_DRAFT, ZO_FIRST_ROUND } from './fixtures/assessment-answers';

describe('completing an assessment with unrated checkpoints', () => {
  it('accepts the same partial answers as a draft', () => {
    expect(assessmentProblems(ZO_KMU_V1, ZO_DRAFT, { completing: false })).toEqual([]);
  });

  it('reports every checkpoint that is unrated or missing when completing', () => {
    expect(assessmentProblems(ZO_KMU_V1, ZO_DRAFT, { completing: true })).toEqual([
      { path: 'checkpoints[1].rating', messageKey: 'checks.unrated', checkpoint: 2 },
      ...[3, 4, 5, 6, 7].map((checkpoint) => ({
        path: 'checkpoints',
        messageKey: 'checks.unrated',
        checkpoint,
      })),
    ]);
  });

  it('accepts fully rated assessments of either check', () => {
    expect(assessmentProblems(ZO_KMU_V1, ZO_FIRST_ROUND, { completing: true })).toEqual([]);
    expect(assessmentProblems(KMU_ZO_V1, KMU_COMPLETE, { completing: true })).toEqual([]);
  });

  it('rejects an empty assessment when completing, but not as a draft', () => {
    expect(assessmentProblems(ZO_KMU_V1, { checkpoints: [] }, { completing: false })).toEqual([]);
    expect(assessmentProblems(ZO_KMU_V1, { checkpoints: [] }, { completing: true })).toHaveLength(
      7,
    );
  });
});
