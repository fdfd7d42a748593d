import { describe, expect, it } from 'vitest';
import { compareAssessments } from './compare-assessments';
import { ZO_DRAFT, ZO_FIRST_ROUND, ZO_SECOND_ROUND } from './fixtures/assessment-answers';

describe('progress between two rounds of the check', () => {
  const comparison = compareAssessments(ZO_FIRST_ROUND, ZO_SECOND_ROUND);
  const at = (number: number) => comparison.find((c) => c.number === number)!;

  it('shows how each rating moved', () => {
    expect(comparison.map((c) => [c.number, c.previous, c.current, c.change])).toEqual([
      [1, 'GREEN', 'GREEN', 'unchanged'],
      [2, 'RED', 'GREEN', 'improved'],
      [3, 'YELLOW', 'YELLOW', 'unchanged'],
      [4, 'GREEN', 'YELLOW', 'worsened'],
      [5, 'YELLOW', 'GREEN', 'improved'],
      [6, 'GREEN', 'GREEN', 'unchanged'],
      [7, 'RED', 'YELLOW', 'improved'],
    ]);
  });

  it('lists ticked examples added and removed', () => {
    expect(at(2).examplesAdded).toEqual(['zo-2-apprentice-mentoring-offer']);
    expect(at(2).examplesRemoved).toEqual(['zo-2-donations-seek']);
    expect(at(3).examplesAdded).toEqual(['zo-3-exit-criteria']);
    expect(at(1).examplesAdded).toEqual([]);
    expect(at(1).examplesRemoved).toEqual([]);
  });

  it('marks everything rated as new on the first round', () => {
    expect(compareAssessments(null, ZO_DRAFT)).toEqual([
      {
        number: 1,
        previous: null,
        current: 'YELLOW',
        change: 'new',
        examplesAdded: ['zo-1-helpers'],
        examplesRemoved: [],
      },
      {
        number: 2,
        previous: null,
        current: null,
        change: 'unchanged',
        examplesAdded: ['zo-2-in-kind-seek'],
        examplesRemoved: [],
      },
    ]);
  });

  it('marks checkpoints rated before but not in a new draft as unrated', () => {
    const changes = compareAssessments(ZO_SECOND_ROUND, ZO_DRAFT).map((c) => c.change);
    expect(changes).toEqual([
      'worsened',
      'unrated',
      'unrated',
      'unrated',
      'unrated',
      'unrated',
      'unrated',
    ]);
  });
});
