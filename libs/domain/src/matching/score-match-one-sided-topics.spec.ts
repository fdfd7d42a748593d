import { describe, expect, it } from 'vitest';
import { BAKERY, SPORTS_CLUB } from './fixtures/match-sides';
import { matchSideOf } from './match-side';
import { evaluateMatch, MATCH_WEIGHTS, ONE_SIDED_CEILING } from './score-match';

describe('scoring: only one side finds what it seeks', () => {
  const club = matchSideOf(SPORTS_CLUB);
  const bakery = matchSideOf(BAKERY);
  const result = evaluateMatch(club, bakery, 6);

  it('matches, covering half of what the club seeks and nothing the bakery seeks', () => {
    if (!result.matches) throw new Error(`blocked: ${result.blockers.join()}`);
    expect(result.score.factors.topics.zoSeeksCovered).toBe(0.5);
    expect(result.score.factors.topics.kmuSeeksCovered).toBe(0);
    expect(result.score.matched.zoSeeksKmuOffers).toEqual(['donations']);
    expect(result.score.matched.kmuSeeksZoOffers).toEqual([]);
  });

  it('caps the topic fit below the one-sided ceiling (ceiling × the one share)', () => {
    if (!result.matches) throw new Error('blocked');
    expect(result.score.factors.topics.fit).toBeCloseTo(ONE_SIDED_CEILING * 0.5, 12);
    expect(result.score.factors.topics.contribution).toBeCloseTo(
      MATCH_WEIGHTS.topics * ONE_SIDED_CEILING * 0.5,
      12,
    );
  });

  it('adds up the four contributions to the score', () => {
    if (!result.matches) throw new Error('blocked');
    const { topics, themes, distance, readiness } = result.score.factors;
    expect(result.score.score).toBeCloseTo(
      topics.contribution + themes.contribution + distance.contribution + readiness.contribution,
      12,
    );
    // Themes: sport shared of sport, youth, education → 1/3.
    expect(themes.overlap).toBeCloseTo(1 / 3, 12);
    expect(result.score.matched.themes).toEqual(['sport']);
  });
});
