import { describe, expect, it } from 'vitest';
import { exitCriterion, isExitCriterionCode } from './exit-criteria';
import { counterpartKind, isDirection, oppositeDirection } from './kinds';
import {
  criteriaFor,
  isCriterionMet,
  isQualityAttributeCode,
  isQualityCriterionCode,
  qualityCriterion,
} from './quality';
import { isThemeCode, theme } from './themes';
import { isNaturalDirection, isTopicCode, topic, topicsFor } from './topics';

describe('taxonomy lookups', () => {
  it('recognises known codes and rejects unknown ones, other types and wrong case', () => {
    expect(isTopicCode('volunteers')).toBe(true);
    expect(isTopicCode('Volunteers')).toBe(false);
    expect(isTopicCode('climate')).toBe(false);
    expect(isTopicCode(7)).toBe(false);
    expect(isThemeCode('climate')).toBe(true);
    expect(isQualityCriterionCode('leadership')).toBe(true);
    expect(isQualityAttributeCode('leadership')).toBe(false);
    expect(isQualityAttributeCode('environmental-certificate')).toBe(true);
    expect(isExitCriterionCode('goals-reached')).toBe(true);
    expect(isExitCriterionCode(null)).toBe(false);
    expect(isDirection('OFFERS')).toBe(true);
    expect(isDirection('offers')).toBe(false);
  });

  it('returns the entry for a code with its labels', () => {
    expect(topic('apprentice-mentoring').label.de).toBe('Mentoring für Auszubildende');
    expect(theme('energy-transition').label.en).toBe('Energy transition');
    expect(qualityCriterion('financial-transparency').appliesTo).toBe('ZO');
    expect(exitCriterion('goals-reached').ending).toBe('REGULAR');
    expect(exitCriterion('reputational-risk').ending).toBe('FOR_CAUSE');
  });

  it('knows which side naturally offers and seeks a topic', () => {
    expect(isNaturalDirection('volunteers', 'ZO', 'SEEKS')).toBe(true);
    expect(isNaturalDirection('volunteers', 'ZO', 'OFFERS')).toBe(false);
    expect(isNaturalDirection('apprentice-mentoring', 'ZO', 'OFFERS')).toBe(true);
    expect(isNaturalDirection('service-learning', 'KMU', 'OFFERS')).toBe(true);
    expect(isNaturalDirection('service-learning', 'KMU', 'SEEKS')).toBe(true);
  });

  it('lists what a ZO usually seeks and a company usually offers as the same topics', () => {
    const zoSeeks = topicsFor('ZO', 'SEEKS').map((t) => t.code);
    const kmuOffers = topicsFor(counterpartKind('ZO'), oppositeDirection('SEEKS')).map(
      (t) => t.code,
    );
    expect(zoSeeks).toEqual(kmuOffers);
    expect(zoSeeks).toContain('donations');
    expect(zoSeeks).not.toContain('apprentice-mentoring');
  });

  it('lists the criteria that can be required of each kind of partner', () => {
    expect(criteriaFor('ZO').every((c) => c.appliesTo === 'ZO')).toBe(true);
    expect(criteriaFor('KMU').map((c) => c.code)).toContain('occupational-safety-health');
  });

  it('meets a criterion with any one piece of its evidence', () => {
    expect(isCriterionMet('environmental-protection', ['sustainability-report'])).toBe(true);
    expect(isCriterionMet('environmental-protection', ['environmental-certificate'])).toBe(true);
    expect(isCriterionMet('environmental-protection', ['oshms-certificate'])).toBe(false);
    expect(isCriterionMet('financial-transparency', [])).toBe(false);
  });
});
