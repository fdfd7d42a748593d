import { describe, expect, it } from 'vitest';
import { BAKERY, CARPENTRY, entry, IT_COMPANY, SPORTS_CLUB, variant } from './fixtures/match-sides';
import { matchSideOf } from './match-side';
import { evaluateMatch, type MatchEvaluation } from './score-match';

const blockers = (result: MatchEvaluation) => (result.matches ? [] : result.blockers);

describe('scoring: hard constraints block a pair whatever its score', () => {
  const club = matchSideOf(SPORTS_CLUB);
  const carpenter = matchSideOf(CARPENTRY);

  it('never matches an organisation with itself or two of one kind', () => {
    expect(blockers(evaluateMatch(club, club, 0))).toEqual(
      expect.arrayContaining(['SAME_ORGANISATION', 'SAME_KIND']),
    );
    expect(blockers(evaluateMatch(carpenter, matchSideOf(BAKERY), 1))).toContain('SAME_KIND');
  });

  it('never matches an excluded or ended partner', () => {
    expect(blockers(evaluateMatch(club, carpenter, 5, { excluded: true }))).toEqual(['EXCLUDED']);
  });

  it('never matches outside either radius: the nearer radius is the limit', () => {
    // The club looks 30 km far, the carpenter 50 km.
    expect(blockers(evaluateMatch(club, carpenter, 30))).toEqual([]);
    expect(blockers(evaluateMatch(club, carpenter, 30.01))).toEqual(['OUTSIDE_RADIUS']);
    const nearSighted = { ...carpenter, radiusKm: 10 };
    expect(blockers(evaluateMatch(club, nearSighted, 12))).toEqual(['OUTSIDE_RADIUS']);
  });

  it('needs some topic fit in at least one direction', () => {
    expect(blockers(evaluateMatch(club, matchSideOf(IT_COMPANY), 3))).toEqual(['NO_TOPIC_FIT']);
  });

  it("blocks when the KMU lacks evidence for the ZO's required criteria", () => {
    const demanding = matchSideOf(
      variant(SPORTS_CLUB, {
        extra: [entry.plain('REQUIRED_CRITERION', 'environmental-protection')],
      }),
    );
    expect(blockers(evaluateMatch(demanding, carpenter, 5))).toEqual(['ZO_CRITERIA_NOT_MET']);
    // Occupational safety: the carpenter holds a (verified) certificate.
    const safety = matchSideOf(
      variant(SPORTS_CLUB, {
        extra: [entry.plain('REQUIRED_CRITERION', 'occupational-safety-health')],
      }),
    );
    expect(blockers(evaluateMatch(safety, carpenter, 5))).toEqual([]);
  });

  it("blocks when the ZO lacks evidence for the KMU's required criteria", () => {
    const kmu = matchSideOf(
      variant(CARPENTRY, {
        extra: [entry.plain('REQUIRED_CRITERION', 'child-protection-concept')],
      }),
    );
    expect(blockers(evaluateMatch(club, kmu, 5))).toEqual(['KMU_CRITERIA_NOT_MET']);
  });

  it('counts self-declared evidence unless the requiring side (or the searcher) wants it verified', () => {
    // The club's volunteer insurance is self-declared, its charitable status verified.
    const insurance = variant(CARPENTRY, {
      extra: [entry.plain('REQUIRED_CRITERION', 'volunteer-insurance')],
    });
    expect(blockers(evaluateMatch(club, matchSideOf(insurance), 5))).toEqual([]);
    const strict = matchSideOf({ ...insurance, requireVerified: true });
    expect(blockers(evaluateMatch(club, strict, 5))).toEqual(['KMU_CRITERIA_NOT_MET']);
    const asked = matchSideOf(insurance);
    expect(blockers(evaluateMatch(club, asked, 5, { onlyVerifiedFor: asked.id }))).toEqual([
      'KMU_CRITERIA_NOT_MET',
    ]);
    // …but only for the side that asked: the club's own requirements stay as configured.
    const charity = matchSideOf(
      variant(CARPENTRY, { extra: [entry.plain('REQUIRED_CRITERION', 'charitable-status')] }),
    );
    expect(blockers(evaluateMatch(club, charity, 5, { onlyVerifiedFor: charity.id }))).toEqual([]);
  });

  it('lists every blocker at once', () => {
    const far = evaluateMatch(club, matchSideOf(IT_COMPANY), 300, { excluded: true });
    expect(blockers(far)).toEqual(['EXCLUDED', 'OUTSIDE_RADIUS', 'NO_TOPIC_FIT']);
  });
});
