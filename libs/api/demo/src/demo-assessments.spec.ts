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

describe('demo assessments: quality criteria', () => {
  const assessments = demoAssessments(demoOrganisations());
  const required = assessments.map((a) =>
    a.answers.checkpoints.flatMap((c) => c.requiredCriteria ?? []),
  );

  it('require criteria of partners sparingly, so the demo region has matches to show', () => {
    const demanding = required.filter((codes) => codes.length > 0).length;
    expect(demanding).toBeGreaterThan(5);
    expect(demanding).toBeLessThan(assessments.length / 2);
  });

  it("require only criteria a partner's own check can give evidence for", () => {
    // Quality of work and work climate need attributes only added by hand to a profile.
    expect(required.flat()).not.toContain('quality-of-work');
    expect(required.flat()).not.toContain('work-climate');
  });
});

describe('demo assessments: common attributes', () => {
  it('give most clubs their charitable status, as in real life', () => {
    const zos = demoAssessments(demoOrganisations()).filter((a) => a.template === 'ZO_KMU');
    const version = latestCheckVersion('ZO');
    const charitable = version.checkpoints
      .flatMap((c) => c.examples)
      .filter((e) =>
        e.codes.some((c) => c.type === 'attribute' && c.attribute === 'charitable-status'),
      )
      .map((e) => e.code);
    const holding = zos.filter((a) =>
      a.answers.checkpoints.some((c) => c.tickedExamples.some((code) => charitable.includes(code))),
    );
    expect(holding.length / zos.length).toBeGreaterThan(0.7);
  });
});
