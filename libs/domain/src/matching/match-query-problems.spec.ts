import { describe, expect, it } from 'vitest';
import { BAKERY, CARPENTRY, SPORTS_CLUB } from './fixtures/match-sides';
import { matchFiltersOf, matchQueryProblems, passesMatchFilters } from './match-query';
import { counterpartKeys, matchSideOf, matchTopicKey, parseMatchTopicKey } from './match-side';
import { TOPICS } from '../taxonomy/topics';
import { evaluateMatch } from './score-match';

describe('match query: bad input gets specific problems', () => {
  it('accepts an empty query and the limits', () => {
    expect(matchQueryProblems({})).toEqual([]);
    expect(matchQueryProblems({ radiusKm: 1, first: 50, offset: 0 })).toEqual([]);
    expect(matchQueryProblems({ radiusKm: 200, startWithinDays: 0, minGroupSize: 1 })).toEqual([]);
  });

  it('rejects a radius of 0 or less, above the maximum, or not whole', () => {
    for (const radiusKm of [0, -5, 201, 2.5]) {
      expect(matchQueryProblems({ radiusKm })).toEqual([
        { field: 'radiusKm', messageKey: 'matching.radiusInvalid' },
      ]);
    }
  });

  it('names unknown topics and themes by position', () => {
    expect(
      matchQueryProblems({ topics: ['volunteers', 'yachts'], themes: ['sport', 'golf'] }),
    ).toEqual([
      { field: 'topics.1', messageKey: 'matching.topicUnknown' },
      { field: 'themes.1', messageKey: 'matching.themeUnknown' },
    ]);
  });

  it('rejects impossible lead times, group sizes and pages', () => {
    expect(
      matchQueryProblems({ startWithinDays: -1, minGroupSize: 0, first: 51, offset: -1 }).map(
        (p) => p.messageKey,
      ),
    ).toEqual([
      'matching.startWithinInvalid',
      'matching.groupSizeInvalid',
      'matching.pageSizeInvalid',
      'matching.offsetInvalid',
    ]);
  });
});

describe('match query: topic and theme filters', () => {
  const club = matchSideOf(SPORTS_CLUB);
  const carpenter = matchSideOf(CARPENTRY);
  const result = evaluateMatch(club, carpenter, 4);
  if (!result.matches) throw new Error('blocked');

  it('keeps a match when one matched topic (either direction) is asked for', () => {
    expect(
      passesMatchFilters(result.score, carpenter, matchFiltersOf({ topics: ['team-days'] })),
    ).toBe(true);
    expect(
      passesMatchFilters(result.score, carpenter, matchFiltersOf({ topics: ['in-kind'] })),
    ).toBe(false);
  });

  it('keeps a match when the partner works on one of the themes', () => {
    expect(
      passesMatchFilters(result.score, carpenter, matchFiltersOf({ themes: ['education'] })),
    ).toBe(true);
    expect(passesMatchFilters(result.score, carpenter, matchFiltersOf({ themes: ['care'] }))).toBe(
      false,
    );
  });

  it('filters nothing without filters', () => {
    const bakery = evaluateMatch(club, matchSideOf(BAKERY), 4);
    if (!bakery.matches) throw new Error('blocked');
    expect(passesMatchFilters(bakery.score, matchSideOf(BAKERY), matchFiltersOf({}))).toBe(true);
  });
});

describe('match query: where candidates come from', () => {
  const club = matchSideOf(SPORTS_CLUB);

  it('searches KMU offering what the club seeks and KMU seeking what it offers', () => {
    const keys = counterpartKeys(club).map(parseMatchTopicKey);
    expect(keys.map((k) => [TOPICS[k.position]?.code, k.direction, k.kind])).toEqual([
      ['volunteers', 'OFFERS', 'KMU'],
      ['donations', 'OFFERS', 'KMU'],
      ['team-days', 'SEEKS', 'KMU'],
      ['visibility', 'SEEKS', 'KMU'],
    ]);
  });

  it('searches only the filtered topics', () => {
    const keys = counterpartKeys(club, matchFiltersOf({ topics: ['donations', 'in-kind'] }).topics);
    expect(keys).toEqual([matchTopicKey('KMU', 'donations', 'OFFERS')]);
  });
});
