import { describe, expect, it } from 'vitest';
import { addByHand, isEffective, rederive, removeByHand } from './adjust-profile';
import { byHand, fromCheck, hiddenFromCheck, SEEKS_VOLUNTEERS } from './fixtures/profile-items';

describe('removing check entries by hand', () => {
  it('hides a check entry instead of deleting it, so the next check does not restore it', () => {
    const hidden = removeByHand(fromCheck(SEEKS_VOLUNTEERS));
    expect(hidden).toMatchObject({ fromCheck: true, hidden: true, manual: false });
    const next = rederive(hidden ? [hidden] : [], [SEEKS_VOLUNTEERS]);
    expect(next.entries[0]).toMatchObject({ hidden: true });
    expect(next.entries.filter(isEffective)).toEqual([]);
  });

  it('deletes an entry that was only added by hand', () => {
    expect(removeByHand(byHand(SEEKS_VOLUNTEERS))).toBeNull();
  });

  it('forgets the hiding once the check no longer contains the entry', () => {
    const next = rederive([hiddenFromCheck(SEEKS_VOLUNTEERS)], []);
    expect(next.entries).toEqual([]);
    expect(next.removed).toEqual([{ category: 'TOPIC', code: 'volunteers', direction: 'SEEKS' }]);
  });

  it('brings a hidden entry back as a check entry when it is added again', () => {
    const back = addByHand(hiddenFromCheck(SEEKS_VOLUNTEERS), SEEKS_VOLUNTEERS);
    expect(back).toMatchObject({ fromCheck: true, manual: false, hidden: false });
    expect(isEffective(back)).toBe(true);
    expect(rederive([back], []).entries).toEqual([]);
  });

  it('marks a check entry added by hand as both, so it outlives the check', () => {
    const both = addByHand(fromCheck(SEEKS_VOLUNTEERS), SEEKS_VOLUNTEERS);
    expect(both).toMatchObject({ fromCheck: true, manual: true, hidden: false });
    expect(rederive([both], []).entries.map((e) => e.code)).toEqual(['volunteers']);
  });
});
