import { describe, expect, it } from 'vitest';
import { KMU_COMPLETE, ZO_FIRST_ROUND } from '../checks/fixtures/assessment-answers';
import { latestCheckVersion } from '../checks/registry';
import { deriveProfile } from './derive-profile';

describe('deriving a profile: themes and attributes', () => {
  it('turns a ticked theme example into a theme', () => {
    const items = deriveProfile(latestCheckVersion('ZO'), ZO_FIRST_ROUND).items;
    expect(items.filter((i) => i.category === 'THEME')).toEqual([
      { category: 'THEME', code: 'youth', direction: null, examples: ['zo-3-theme-youth'] },
    ]);
  });

  it('turns evidence the company ticked into an attribute it holds', () => {
    const items = deriveProfile(latestCheckVersion('KMU'), KMU_COMPLETE).items;
    expect(items.filter((i) => i.category === 'ATTRIBUTE')).toEqual([
      {
        category: 'ATTRIBUTE',
        code: 'oshms-certificate',
        direction: null,
        examples: ['kmu-5-proof-oshms'],
      },
    ]);
  });
});
