import { assessmentProblems, latestCheckVersion } from '@bs/domain';
import { describe, expect, it } from 'vitest';
import { demoAssessments } from './demo-assessments';
import { demoOrganisations } from './demo-organisations';

describe('demo assessments', () => {
  const assessments = demoAssessments(demoOrganisations());

  it('gives every demo ZO and KMU one completed, valid check of its kind', () => {
    expect(assessments).toHaveLength(100);
    for (const assessment of assessments) {
      const version = latestCheckVersion(assessment.template === 'ZO_KMU' ? 'ZO' : 'KMU');
      expect(assessmentProblems(version, assessment.answers, { completing: true })).toEqual([]);
    }
  });

  it('varies: all three ratings occur, and organisations differ in how much they tick', () => {
    const ratings = assessments.flatMap((a) => a.answers.checkpoints.map((c) => c.rating));
    const share = (r: string) => ratings.filter((x) => x === r).length / ratings.length;
    expect(share('RED')).toBeGreaterThan(0.1);
    expect(share('YELLOW')).toBeGreaterThan(0.2);
    expect(share('GREEN')).toBeGreaterThan(0.15);
    const ticked = assessments.map((a) =>
      a.answers.checkpoints.reduce((n, c) => n + c.tickedExamples.length, 0),
    );
    expect(Math.max(...ticked)).toBeGreaterThan(3 * Math.max(1, Math.min(...ticked)));
  });
});
