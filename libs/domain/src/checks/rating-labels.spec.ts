import { describe, expect, it } from 'vitest';
import { isRating, RATING_LABELS, ratingRank, RATINGS } from './ratings';

describe('traffic-light ratings', () => {
  it('orders ratings from most urgent to no need, and says what each means', () => {
    expect(RATINGS).toEqual(['RED', 'YELLOW', 'GREEN']);
    expect(RATINGS.map((r) => RATING_LABELS[r].label.de)).toEqual([
      'dringender Handlungsbedarf',
      'Handlungsbedarf',
      'derzeit kein Handlungsbedarf',
    ]);
    expect(RATINGS.map((r) => RATING_LABELS[r].label.en)).toEqual([
      'urgent need for action',
      'need for action',
      'no need for action at present',
    ]);
    expect(RATINGS.map((r) => RATING_LABELS[r].short.de)).toEqual(['Rot', 'Gelb', 'Grün']);
    expect(ratingRank('GREEN')).toBeGreaterThan(ratingRank('RED'));
  });

  it('describes each rating without relying on colour alone', () => {
    for (const rating of RATINGS) {
      const { description, label } = RATING_LABELS[rating];
      expect(description.de).toContain(label.de);
      expect(description.en).toContain(label.en);
    }
  });

  it('accepts only the three ratings', () => {
    expect(isRating('YELLOW')).toBe(true);
    expect(isRating('AMBER')).toBe(false);
    expect(isRating('red')).toBe(false);
    expect(isRating(null)).toBe(false);
  });
});
