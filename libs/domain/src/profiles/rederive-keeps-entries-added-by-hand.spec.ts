import { describe, expect, it } from 'vitest';
import { isEffective, rederive } from './adjust-profile';
import {
  byHand,
  fromCheck,
  OFFERS_TEAM_DAYS,
  SEEKS_DONATIONS,
  SEEKS_VOLUNTEERS,
} from './fixtures/profile-items';

describe('rederiving after a new check: entries added by hand', () => {
  it('keeps an entry added by hand that the new check does not contain', () => {
    const result = rederive(
      [fromCheck(SEEKS_VOLUNTEERS), byHand(OFFERS_TEAM_DAYS)],
      [SEEKS_VOLUNTEERS],
    );
    const teamDays = result.entries.find((e) => e.code === 'team-days');
    expect(teamDays).toMatchObject({ manual: true, fromCheck: false, hidden: false });
    expect(result.removed).toEqual([]);
  });

  it('marks a hand-made entry the check now contains as both, and it stays after the check drops it', () => {
    const first = rederive([byHand(SEEKS_DONATIONS)], [SEEKS_DONATIONS]);
    expect(first.entries).toEqual([
      { ...SEEKS_DONATIONS, fromCheck: true, manual: true, hidden: false },
    ]);
    const second = rederive(first.entries, []);
    expect(second.entries).toEqual([
      { ...SEEKS_DONATIONS, examples: [], fromCheck: false, manual: true, hidden: false },
    ]);
    expect(second.entries.every(isEffective)).toBe(true);
  });

  it('removes check entries the new check no longer contains', () => {
    const result = rederive(
      [fromCheck(SEEKS_VOLUNTEERS), fromCheck(SEEKS_DONATIONS)],
      [SEEKS_VOLUNTEERS],
    );
    expect(result.entries.map((e) => e.code)).toEqual(['volunteers']);
    expect(result.removed).toEqual([{ category: 'TOPIC', code: 'donations', direction: 'SEEKS' }]);
  });
});
