import { describe, expect, it } from 'vitest';
import { rederive } from './adjust-profile';
import {
  byHand,
  fromCheck,
  hiddenFromCheck,
  SEEKS_DONATIONS,
  SEEKS_VOLUNTEERS,
  THEME_YOUTH,
} from './fixtures/profile-items';

describe('rederiving after a new check: what changed', () => {
  it('reports items the check added and items it no longer contains', () => {
    const result = rederive([fromCheck(SEEKS_VOLUNTEERS)], [SEEKS_DONATIONS, THEME_YOUTH]);
    expect(result.changes).toEqual([
      {
        category: 'TOPIC',
        code: 'donations',
        direction: 'SEEKS',
        change: 'ADDED',
        effective: true,
      },
      { category: 'THEME', code: 'youth', direction: null, change: 'ADDED', effective: true },
      {
        category: 'TOPIC',
        code: 'volunteers',
        direction: 'SEEKS',
        change: 'REMOVED',
        effective: true,
      },
    ]);
  });

  it('reports nothing for items the check keeps', () => {
    expect(rederive([fromCheck(SEEKS_VOLUNTEERS)], [SEEKS_VOLUNTEERS]).changes).toEqual([]);
  });

  it('marks changes that the hand-made adjustments override as not effective', () => {
    const removedButManual = rederive(
      [{ ...fromCheck(SEEKS_VOLUNTEERS), manual: true }],
      [],
    ).changes;
    expect(removedButManual).toEqual([
      expect.objectContaining({ code: 'volunteers', change: 'REMOVED', effective: false }),
    ]);
    const addedButAlreadyThere = rederive([byHand(SEEKS_DONATIONS)], [SEEKS_DONATIONS]).changes;
    expect(addedButAlreadyThere).toEqual([
      expect.objectContaining({ code: 'donations', change: 'ADDED', effective: false }),
    ]);
    const removedWhileHidden = rederive([hiddenFromCheck(THEME_YOUTH)], []).changes;
    expect(removedWhileHidden).toEqual([
      expect.objectContaining({ code: 'youth', change: 'REMOVED', effective: false }),
    ]);
  });
});
