import { describe, expect, it } from 'vitest';
import { offerTermsProblems, radiusProblems } from './profile-problems';

const terms = (
  capacityPerYear: number | null,
  leadTimeDays: number | null,
  groupSize: number | null,
) => ({
  capacityPerYear,
  leadTimeDays,
  groupSize,
});
const keys = (topic: string, t: ReturnType<typeof terms>) =>
  offerTermsProblems(topic, t).map((p) => `${p.field}:${p.messageKey}`);

describe('terms of offers that bind people’s time', () => {
  it('accepts positive capacity and group size, and zero or more days of notice', () => {
    expect(keys('team-days', terms(4, 0, 12))).toEqual([]);
    expect(keys('hospitation', terms(null, 30, null))).toEqual([]);
  });

  it('refuses zero capacity, negative lead time and an empty group, each on its field', () => {
    expect(keys('team-days', terms(0, -1, 0))).toEqual([
      'capacityPerYear:profiles.capacityInvalid',
      'leadTimeDays:profiles.leadTimeInvalid',
      'groupSize:profiles.groupSizeInvalid',
    ]);
    expect(keys('team-days', terms(2.5, 366, 501))).toHaveLength(3);
  });

  it('accepts terms only for effortful topics', () => {
    expect(keys('donations', terms(1, 1, 1))).toEqual([
      'topic:profiles.termsOnlyForEffortfulOffers',
    ]);
    expect(keys('no-such-topic', terms(1, 1, 1))).toEqual(['topic:profiles.codeUnknown']);
  });

  it('keeps the search radius between 1 and 200 km', () => {
    expect(radiusProblems(30)).toEqual([]);
    expect(radiusProblems(0)).toHaveLength(1);
    expect(radiusProblems(201)).toHaveLength(1);
    expect(radiusProblems(1.5)).toHaveLength(1);
  });
});
