import { describe, expect, it } from 'vitest';
import { assessmentProblems } from './assessment';
import { KMU_ZO_V1 } from './catalogues/kmu-zo-v1';
import { ZO_KMU_V1 } from './catalogues/zo-kmu-v1';

describe('partner quality criteria and exit criteria', () => {
  it('accepts criteria for the partner kind on checkpoint 3', () => {
    const answers = {
      checkpoints: [
        {
          number: 3,
          rating: 'GREEN',
          tickedExamples: ['zo-3-quality-criteria', 'zo-3-exit-criteria'],
          notes: '',
          requiredCriteria: ['environmental-protection', 'inqa-om-agreement'],
          exitCriteria: ['goals-reached', 'reputational-risk'],
        },
      ],
    };
    expect(assessmentProblems(ZO_KMU_V1, answers, { completing: false })).toEqual([]);
  });

  it('rejects unknown criteria, exit criteria given as quality criteria, and repeats', () => {
    const answers = {
      checkpoints: [
        {
          number: 3,
          rating: 'GREEN',
          tickedExamples: [],
          notes: '',
          requiredCriteria: ['leadership', 'good-vibes', 'goals-reached', 'leadership'],
          exitCriteria: ['reputational-risk', 'bored'],
        },
      ],
    };
    expect(assessmentProblems(ZO_KMU_V1, answers, { completing: false })).toEqual([
      {
        path: 'checkpoints[0].requiredCriteria[1]',
        messageKey: 'checks.criterionUnknown',
        checkpoint: 3,
      },
      {
        path: 'checkpoints[0].requiredCriteria[2]',
        messageKey: 'checks.criterionUnknown',
        checkpoint: 3,
      },
      {
        path: 'checkpoints[0].requiredCriteria[3]',
        messageKey: 'checks.criterionDuplicate',
        checkpoint: 3,
      },
      {
        path: 'checkpoints[0].exitCriteria[1]',
        messageKey: 'checks.criterionUnknown',
        checkpoint: 3,
      },
    ]);
  });

  it('does not let a ZO require what only ZOs can meet, nor a company what only companies can', () => {
    const zo = {
      checkpoints: [
        {
          number: 3,
          rating: null,
          tickedExamples: [],
          notes: '',
          requiredCriteria: ['charitable-status'],
        },
      ],
    };
    const kmu = {
      checkpoints: [
        {
          number: 3,
          rating: null,
          tickedExamples: [],
          notes: '',
          requiredCriteria: ['occupational-safety-health'],
        },
      ],
    };
    expect(assessmentProblems(ZO_KMU_V1, zo, { completing: false })).toEqual([
      {
        path: 'checkpoints[0].requiredCriteria[0]',
        messageKey: 'checks.criterionNotAllowed',
        checkpoint: 3,
      },
    ]);
    expect(assessmentProblems(KMU_ZO_V1, kmu, { completing: false })).toEqual([
      {
        path: 'checkpoints[0].requiredCriteria[0]',
        messageKey: 'checks.criterionNotAllowed',
        checkpoint: 3,
      },
    ]);
  });

  it('rejects criteria given on any other checkpoint', () => {
    const answers = {
      checkpoints: [
        {
          number: 5,
          rating: 'RED',
          tickedExamples: [],
          notes: '',
          requiredCriteria: ['leadership'],
          exitCriteria: ['goals-reached'],
        },
      ],
    };
    expect(assessmentProblems(ZO_KMU_V1, answers, { completing: false })).toEqual([
      {
        path: 'checkpoints[0].requiredCriteria[0]',
        messageKey: 'checks.criterionNotAllowed',
        checkpoint: 5,
      },
      {
        path: 'checkpoints[0].exitCriteria[0]',
        messageKey: 'checks.criterionNotAllowed',
        checkpoint: 5,
      },
    ]);
  });

  it('treats null and empty criteria lists as none', () => {
    const answers = {
      checkpoints: [
        {
          number: 3,
          rating: 'RED',
          tickedExamples: [],
          notes: '',
          requiredCriteria: null,
          exitCriteria: [],
        },
      ],
    };
    expect(assessmentProblems(ZO_KMU_V1, answers, { completing: false })).toEqual([]);
  });
});
