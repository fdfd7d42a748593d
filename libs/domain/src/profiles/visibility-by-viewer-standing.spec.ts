import { describe, expect, it } from 'vitest';
import {
  canSeeField,
  DEFAULT_PROFILE_VISIBILITY,
  fieldOfItem,
  normaliseVisibility,
} from './visibility';

describe('who sees which part of a profile', () => {
  it('shows public fields to everyone', () => {
    expect(canSeeField('PUBLIC', 'ANONYMOUS')).toBe(true);
  });

  it('shows signed-in fields only to signed-in viewers, contact fields only to contacts and insiders', () => {
    expect(canSeeField('SIGNED_IN', 'ANONYMOUS')).toBe(false);
    expect(canSeeField('SIGNED_IN', 'SIGNED_IN')).toBe(true);
    expect(canSeeField('CONTACTS', 'SIGNED_IN')).toBe(false);
    expect(canSeeField('CONTACTS', 'CONTACT')).toBe(true);
    expect(canSeeField('CONTACTS', 'INSIDER')).toBe(true);
  });

  it('files topics by direction and the rest by category', () => {
    expect(fieldOfItem({ category: 'TOPIC', code: 'volunteers', direction: 'SEEKS' })).toBe(
      'SEEKS',
    );
    expect(fieldOfItem({ category: 'TOPIC', code: 'volunteers', direction: 'OFFERS' })).toBe(
      'OFFERS',
    );
    expect(
      fieldOfItem({ category: 'EXIT_CRITERION', code: 'goals-reached', direction: null }),
    ).toBe('EXIT_CRITERIA');
  });

  it('fills missing or unknown stored settings with the defaults', () => {
    expect(normaliseVisibility(null)).toEqual(DEFAULT_PROFILE_VISIBILITY);
    expect(
      normaliseVisibility({ OFFERS: 'CONTACTS', SEEKS: 'EVERYONE', COLOUR: 'PUBLIC' }),
    ).toEqual({
      ...DEFAULT_PROFILE_VISIBILITY,
      OFFERS: 'CONTACTS',
    });
  });
});
