import { describe, expect, it } from 'vitest';
import type { Label } from '../organisations/organisation-attributes';
import { EXIT_CRITERIA } from './exit-criteria';
import { DESIGN_THEME_CODES, DESIGN_TOPIC_DIRECTIONS } from './fixtures/design-topic-directions';
import { QUALITY_ATTRIBUTES, QUALITY_CRITERIA, qualityAttribute } from './quality';
import { THEMES } from './themes';
import { TOPICS } from './topics';

const TABLES: Record<string, readonly { code: string; label: Label }[]> = {
  topics: TOPICS,
  themes: THEMES,
  qualityAttributes: QUALITY_ATTRIBUTES,
  qualityCriteria: QUALITY_CRITERIA,
  exitCriteria: EXIT_CRITERIA,
};

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('taxonomy integrity', () => {
  it.each(Object.entries(TABLES))('%s: codes are unique, stable kebab-case', (_name, table) => {
    const codes = table.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(KEBAB);
  });

  it.each(Object.entries(TABLES))(
    '%s: every label is complete in German and English',
    (_name, table) => {
      for (const { code, label } of table) {
        for (const text of [label.de, label.en]) {
          expect(text.trim(), code).toBe(text);
          expect(text.length, code).toBeGreaterThan(2);
        }
      }
    },
  );

  it('describes every topic in both languages and gives it at least one side on each end', () => {
    for (const topic of TOPICS) {
      expect(topic.description.de.length, topic.code).toBeGreaterThan(20);
      expect(topic.description.en.length, topic.code).toBeGreaterThan(20);
      expect(topic.offeredBy.length, topic.code).toBeGreaterThan(0);
      expect(topic.soughtBy.length, topic.code).toBeGreaterThan(0);
    }
  });

  it("keeps every code and direction of the design's starting taxonomy", () => {
    for (const expected of DESIGN_TOPIC_DIRECTIONS) {
      const topic = TOPICS.find((t) => t.code === expected.code);
      expect(topic, expected.code).toBeDefined();
      expect([...topic!.offeredBy].sort(), expected.code).toEqual([...expected.offeredBy].sort());
      expect([...topic!.soughtBy].sort(), expected.code).toEqual([...expected.soughtBy].sort());
    }
    const themeCodes: readonly string[] = THEMES.map((t) => t.code);
    for (const code of DESIGN_THEME_CODES) expect(themeCodes).toContain(code);
  });

  it('marks the exchanges that bind people on a schedule as effortful, and money or goods as not', () => {
    const effortful = (code: string) => TOPICS.find((t) => t.code === code)?.effortful;
    for (const code of [
      'team-days',
      'hospitation',
      'helpers-for-events',
      'release-time',
      'volunteers',
    ])
      expect(effortful(code), code).toBe(true);
    for (const code of ['donations', 'sponsoring', 'in-kind', 'visibility'])
      expect(effortful(code), code).toBe(false);
  });

  it('backs every quality criterion with evidence held by the kind that must meet it', () => {
    for (const criterion of QUALITY_CRITERIA) {
      expect(criterion.evidence.length, criterion.code).toBeGreaterThan(0);
      for (const code of criterion.evidence) {
        expect(qualityAttribute(code).heldBy, `${criterion.code} ← ${code}`).toBe(
          criterion.appliesTo,
        );
      }
    }
  });

  it('uses every quality attribute as evidence for some criterion', () => {
    const used = new Set<string>(QUALITY_CRITERIA.flatMap((c) => c.evidence));
    for (const attribute of QUALITY_ATTRIBUTES)
      expect(used.has(attribute.code), attribute.code).toBe(true);
  });

  it('offers criteria for both kinds of partner', () => {
    expect(QUALITY_CRITERIA.filter((c) => c.appliesTo === 'KMU').map((c) => c.code)).toEqual([
      'reputation',
      'quality-of-work',
      'leadership',
      'work-climate',
      'occupational-safety-health',
      'environmental-protection',
      'inqa-om-agreement',
    ]);
    expect(QUALITY_CRITERIA.filter((c) => c.appliesTo === 'ZO').map((c) => c.code)).toEqual([
      'charitable-status',
      'named-contact-person',
      'volunteer-insurance',
      'child-protection-concept',
      'financial-transparency',
    ]);
  });

  it('cannot be changed at runtime', () => {
    const topic = TOPICS[0] as unknown as { label: { de: string }; offeredBy: string[] };
    expect(() => {
      topic.label.de = 'geändert';
    }).toThrow(TypeError);
    expect(() => topic.offeredBy.push('ZO')).toThrow(TypeError);
    expect(() => (THEMES as unknown as unknown[]).push({})).toThrow(TypeError);
  });
});
