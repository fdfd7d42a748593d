import { describe, expect, it } from 'vitest';
import { KMU_ZO_V1 } from './catalogues/kmu-zo-v1';
import { ZO_KMU_V1 } from './catalogues/zo-kmu-v1';
import {
  checkpointByNumber,
  checkpointOfExample,
  checkVersion,
  exampleByCode,
  latestCheckVersion,
} from './registry';
import { isCheckTemplateCode, templateFor } from './templates';

describe('check version lookups', () => {
  it('finds a version by template and number, and nothing for unpublished numbers', () => {
    expect(checkVersion('ZO_KMU', 1)).toBe(ZO_KMU_V1);
    expect(checkVersion('KMU_ZO', 1)).toBe(KMU_ZO_V1);
    expect(checkVersion('ZO_KMU', 2)).toBeUndefined();
    expect(checkVersion('ZO_KMU', 0)).toBeUndefined();
  });

  it('gives each kind of organisation the latest version of its own check', () => {
    expect(latestCheckVersion('ZO')).toBe(ZO_KMU_V1);
    expect(latestCheckVersion('KMU')).toBe(KMU_ZO_V1);
    expect(templateFor('KMU').title.de).toBe(
      'Zusammenarbeit mit gemeinnützigen Organisationen in der Region systematisch angehen',
    );
    expect(isCheckTemplateCode('KMU_ZO')).toBe(true);
    expect(isCheckTemplateCode('kmu_zo')).toBe(false);
  });

  it('finds an example and its checkpoint by code within one version only', () => {
    expect(exampleByCode(KMU_ZO_V1, 'kmu-2-expertise-it-offer')?.codes).toEqual([
      { type: 'topic', topic: 'expertise-it', direction: 'OFFERS' },
    ]);
    expect(checkpointOfExample(KMU_ZO_V1, 'kmu-2-expertise-it-offer')?.code).toBe(
      'cooperation-possibilities',
    );
    expect(exampleByCode(ZO_KMU_V1, 'kmu-2-expertise-it-offer')).toBeUndefined();
    expect(exampleByCode(ZO_KMU_V1, '')).toBeUndefined();
  });

  it('finds a checkpoint by number', () => {
    expect(checkpointByNumber(ZO_KMU_V1, 6)?.code).toBe('agreements');
    expect(checkpointByNumber(ZO_KMU_V1, 8)).toBeUndefined();
  });
});
