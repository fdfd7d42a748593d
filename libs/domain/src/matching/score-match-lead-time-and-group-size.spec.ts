import { describe, expect, it } from 'vitest';
import { CARPENTRY, SPORTS_CLUB } from './fixtures/match-sides';
import { matchSideOf } from './match-side';
import { availableOffers, evaluateMatch } from './score-match';
import { topicMask } from './taxonomy-bits';

describe('scoring: offers respect their lead time and group size', () => {
  const club = matchSideOf(SPORTS_CLUB);
  const carpenter = matchSideOf(CARPENTRY);

  it('counts every offer without wishes', () => {
    expect(availableOffers(carpenter)).toBe(topicMask(['volunteers', 'donations']));
  });

  it('drops an offer that needs more notice than the searcher can give', () => {
    expect(availableOffers(carpenter, { startWithinDays: 7 })).toBe(topicMask(['donations']));
    expect(availableOffers(carpenter, { startWithinDays: 14 })).toBe(
      topicMask(['volunteers', 'donations']),
    );
  });

  it('drops an offer for fewer people than the searcher needs', () => {
    expect(availableOffers(carpenter, { minGroupSize: 10 })).toBe(topicMask(['donations']));
    expect(availableOffers(carpenter, { minGroupSize: 6 })).toBe(
      topicMask(['volunteers', 'donations']),
    );
  });

  it('keeps offers without stated terms whatever the wishes', () => {
    expect(availableOffers(club, { startWithinDays: 0, minGroupSize: 500 })).toBe(club.offers);
  });

  it('lowers the fit and names only the offers that still count', () => {
    const quick = evaluateMatch(club, carpenter, 5, { startWithinDays: 3 });
    const patient = evaluateMatch(club, carpenter, 5, { startWithinDays: 30 });
    if (!quick.matches || !patient.matches) throw new Error('blocked');
    expect(quick.score.matched.zoSeeksKmuOffers).toEqual(['donations']);
    expect(patient.score.matched.zoSeeksKmuOffers).toEqual(['volunteers', 'donations']);
    expect(quick.score.score).toBeLessThan(patient.score.score);
  });
});
