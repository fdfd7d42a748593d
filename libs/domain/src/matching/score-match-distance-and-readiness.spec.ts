import { describe, expect, it } from 'vitest';
import { ALL_RED, CARPENTRY, SPORTS_CLUB } from './fixtures/match-sides';
import { matchSideOf } from './match-side';
import { distanceDecay, evaluateMatch, MATCH_WEIGHTS } from './score-match';

describe('scoring: distance decays within the nearer radius, readiness from both checks', () => {
  const club = matchSideOf(SPORTS_CLUB);
  const carpenter = matchSideOf(CARPENTRY);
  const at = (km: number, kmu = carpenter, zo = club) => {
    const result = evaluateMatch(zo, kmu, km);
    if (!result.matches) throw new Error(`blocked: ${result.blockers.join()}`);
    return result.score;
  };

  it('decays linearly from 1 at the same place to 0 at the nearer radius', () => {
    expect(distanceDecay(0, 30)).toBe(1);
    expect(distanceDecay(15, 30)).toBe(0.5);
    expect(distanceDecay(30, 30)).toBe(0);
    expect(at(15).factors.distance).toEqual({
      km: 15,
      limitKm: 30,
      decay: 0.5,
      contribution: MATCH_WEIGHTS.distance * 0.5,
    });
  });

  it('ranks the nearer of two otherwise equal partners higher', () => {
    expect(at(2).score).toBeGreaterThan(at(20).score);
  });

  it('averages both readiness scores; a side without a check counts 0', () => {
    expect(at(5).factors.readiness.combined).toBeCloseTo(0.7, 12);
    const unchecked = { ...carpenter, readiness: null, ratings: null };
    expect(at(5, unchecked).factors.readiness).toMatchObject({ kmu: null, combined: 0.3 });
  });

  it('signals both green on contact development and agreements', () => {
    expect(at(5).signals).toEqual(['BOTH_GREEN_CONTACT', 'BOTH_GREEN_AGREEMENTS']);
  });

  it('advises an intermediary when both are red on contact development or agreements', () => {
    const red = { ...carpenter, ratings: ALL_RED, readiness: 0 };
    const redClub = { ...club, ratings: ALL_RED, readiness: 0 };
    expect(at(5, red, redClub).signals).toEqual(['BOTH_RED_INTERMEDIARY_ADVISED']);
    expect(at(5, red).signals).toEqual([]);
    expect(at(5, red, redClub).score).toBeLessThan(at(5).score);
  });

  it('keeps every score between 0 and 1 because the weights sum to 1', () => {
    const sum = Object.values(MATCH_WEIGHTS).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 12);
    expect(at(0).score).toBeLessThanOrEqual(1);
  });
});
