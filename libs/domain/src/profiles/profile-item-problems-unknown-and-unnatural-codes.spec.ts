import { describe, expect, it } from 'vitest';
import { profileItemProblems } from './profile-problems';

const keys = (...args: Parameters<typeof profileItemProblems>) =>
  profileItemProblems(...args).map((p) => p.messageKey);

describe('adjusting a profile by hand: which entries an organisation may add', () => {
  it('accepts a topic in a direction natural for the kind', () => {
    expect(keys('ZO', { category: 'TOPIC', code: 'volunteers', direction: 'SEEKS' })).toEqual([]);
    expect(keys('KMU', { category: 'TOPIC', code: 'volunteers', direction: 'OFFERS' })).toEqual([]);
    expect(
      keys('KMU', { category: 'TOPIC', code: 'service-learning', direction: 'SEEKS' }),
    ).toEqual([]);
  });

  it('refuses unknown codes in every category', () => {
    for (const category of [
      'TOPIC',
      'THEME',
      'ATTRIBUTE',
      'REQUIRED_CRITERION',
      'EXIT_CRITERION',
    ]) {
      const direction = category === 'TOPIC' ? 'SEEKS' : null;
      expect(keys('ZO', { category, code: 'no-such-code', direction })).toEqual([
        'profiles.codeUnknown',
      ]);
    }
    expect(keys('ZO', { category: 'WISHES', code: 'volunteers' })).toEqual([
      'profiles.categoryUnknown',
    ]);
  });

  it('refuses a topic without direction, a direction elsewhere and an unnatural direction', () => {
    expect(keys('ZO', { category: 'TOPIC', code: 'volunteers' })).toEqual([
      'profiles.directionRequired',
    ]);
    expect(keys('ZO', { category: 'THEME', code: 'youth', direction: 'SEEKS' })).toEqual([
      'profiles.directionNotAllowed',
    ]);
    expect(keys('ZO', { category: 'TOPIC', code: 'donations', direction: 'OFFERS' })).toEqual([
      'profiles.directionNotNatural',
    ]);
  });

  it('lets an organisation hold only attributes of its kind and require only criteria of the other', () => {
    expect(keys('KMU', { category: 'ATTRIBUTE', code: 'charitable-status' })).toEqual([
      'profiles.attributeWrongKind',
    ]);
    expect(keys('ZO', { category: 'ATTRIBUTE', code: 'charitable-status' })).toEqual([]);
    expect(keys('ZO', { category: 'REQUIRED_CRITERION', code: 'charitable-status' })).toEqual([
      'profiles.criterionWrongKind',
    ]);
    expect(keys('KMU', { category: 'REQUIRED_CRITERION', code: 'charitable-status' })).toEqual([]);
  });
});
