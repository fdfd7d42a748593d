import { describe, expect, it } from 'vitest';
import { measureProblems, type MeasureInput } from './measures';

const measure: MeasureInput = {
  checkpoint: 5,
  text: 'Flyer um Angebote für Betriebe ergänzen',
  priority: 'HIGH',
  status: 'OPEN',
  responsible: 'Vorstand Öffentlichkeitsarbeit',
  startDate: '2027-01-15',
  reviewDate: '2027-04-01',
};

describe('measures plan: review date and start date', () => {
  it('accepts a review after the start, on the same day, or without dates', () => {
    expect(measureProblems(measure)).toEqual([]);
    expect(measureProblems({ ...measure, reviewDate: '2027-01-15' })).toEqual([]);
    expect(measureProblems({ ...measure, startDate: null, reviewDate: null })).toEqual([]);
    expect(measureProblems({ ...measure, startDate: undefined })).toEqual([]);
  });

  it('rejects a review date before the start date', () => {
    expect(measureProblems({ ...measure, reviewDate: '2027-01-14' })).toEqual([
      { path: 'reviewDate', messageKey: 'measures.reviewBeforeStart' },
    ]);
  });

  it('rejects dates that are not real calendar dates in ISO form', () => {
    expect(
      measureProblems({ ...measure, startDate: '2027-02-30', reviewDate: '01.04.2027' }),
    ).toEqual([
      { path: 'startDate', messageKey: 'measures.dateInvalid' },
      { path: 'reviewDate', messageKey: 'measures.dateInvalid' },
    ]);
    expect(
      measureProblems({ ...measure, startDate: '2028-02-29', reviewDate: '2028-03-01' }),
    ).toEqual([]);
  });
});
