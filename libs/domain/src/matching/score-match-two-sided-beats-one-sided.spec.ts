import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { BAKERY, CARPENTRY, SPORTS_CLUB } from './fixtures/match-sides';
import { matchSideOf } from './match-side';
import { evaluateMatch, fuseTopicFit, ONE_SIDED_CEILING } from './score-match';

const share = fc.double({ min: 0, max: 1, noNaN: true });
const positiveShare = fc.double({ min: 1 / 32, max: 1, noNaN: true });

describe('scoring: two-sided fits rank above one-sided ones', () => {
  test.prop([positiveShare, positiveShare, share])(
    'any two-sided fit is above any one-sided fit',
    (a, b, one) => {
      expect(fuseTopicFit(a, b)).toBeGreaterThan(fuseTopicFit(one, 0));
      expect(fuseTopicFit(a, b)).toBeGreaterThan(fuseTopicFit(0, one));
      expect(fuseTopicFit(one, 0)).toBeLessThanOrEqual(ONE_SIDED_CEILING);
    },
  );

  test.prop([positiveShare, positiveShare])('the fusion is symmetric and at most 1', (a, b) => {
    expect(fuseTopicFit(a, b)).toBeCloseTo(fuseTopicFit(b, a), 12);
    expect(fuseTopicFit(a, b)).toBeLessThanOrEqual(1 + 1e-12);
  });

  test.prop([positiveShare, positiveShare, positiveShare])(
    'a better share on either side never lowers the fit',
    (a, b, more) => {
      const better = Math.min(1, a + more);
      expect(fuseTopicFit(better, b)).toBeGreaterThanOrEqual(fuseTopicFit(a, b) - 1e-12);
    },
  );

  it('ranks the carpenter (both find something) above the bakery (only the club does)', () => {
    const club = matchSideOf(SPORTS_CLUB);
    const carpenter = evaluateMatch(club, matchSideOf(CARPENTRY), 6);
    const bakery = evaluateMatch(club, { ...matchSideOf(BAKERY), radiusKm: 50 }, 6);
    if (!carpenter.matches || !bakery.matches) throw new Error('blocked');
    expect(carpenter.score.factors.topics.fit).toBeGreaterThan(ONE_SIDED_CEILING);
    expect(carpenter.score.score).toBeGreaterThan(bakery.score.score);
  });
});
