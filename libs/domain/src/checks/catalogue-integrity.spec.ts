import { describe, expect, it } from 'vitest';
import type { Label } from '../organisations/organisation-attributes';
import { isExitCriterionCode } from '../taxonomy/exit-criteria';
import { counterpartKind } from '../taxonomy/kinds';
import {
  isQualityAttributeCode,
  isQualityCriterionCode,
  qualityAttribute,
  qualityCriterion,
} from '../taxonomy/quality';
import { isThemeCode } from '../taxonomy/themes';
import { isNaturalDirection, isTopicCode } from '../taxonomy/topics';
import { CHECKPOINT_CODES, type CheckVersion } from './check-types';
import { CHECK_VERSIONS, checkVersionKey, PUBLISHED_CHECK_VERSIONS } from './registry';

const versions = PUBLISHED_CHECK_VERSIONS.map(
  (v) => [checkVersionKey(v.template.code, v.version), v] as const,
);

function labelsOf(version: CheckVersion): [string, Label][] {
  const labels: [string, Label][] = [
    ['title', version.template.title],
    ['goal', version.goal],
  ];
  for (const c of version.checkpoints) {
    labels.push([`${c.number}.title`, c.title], [`${c.number}.statement`, c.statement]);
    labels.push([`${c.number}.whatGoodLooksLike`, c.guidance.whatGoodLooksLike]);
    labels.push([`${c.number}.whyItMatters`, c.guidance.whyItMatters]);
    for (const e of c.examples) labels.push([e.code, e.text]);
  }
  return labels;
}

describe('catalogue integrity', () => {
  it('publishes both checks, each registered under its own key', () => {
    expect(Object.keys(CHECK_VERSIONS).sort()).toEqual(['KMU_ZO@1', 'ZO_KMU@1']);
    for (const [key, version] of versions) expect(CHECK_VERSIONS[key]).toBe(version);
  });

  it.each(versions)('%s belongs to the right kind and has a publication date', (_key, version) => {
    expect(version.template.kind).toBe(version.template.code === 'ZO_KMU' ? 'ZO' : 'KMU');
    expect(version.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(version.publishedAt))).toBe(false);
  });

  it.each(versions)(
    '%s has the seven checkpoints numbered 1–7 with the shared codes',
    (_key, version) => {
      expect(version.checkpoints.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(version.checkpoints.map((c) => c.code)).toEqual([...CHECKPOINT_CODES]);
      for (const c of version.checkpoints) expect(c.examples.length, c.code).toBeGreaterThan(4);
    },
  );

  it.each(versions)(
    '%s has unique example codes named after kind and checkpoint',
    (_key, version) => {
      const prefix = version.template.kind.toLowerCase();
      const codes = version.checkpoints.flatMap((c) => c.examples.map((e) => e.code));
      expect(new Set(codes).size).toBe(codes.length);
      for (const c of version.checkpoints) {
        for (const e of c.examples)
          expect(e.code).toMatch(new RegExp(`^${prefix}-${c.number}-[a-z0-9-]+$`));
      }
    },
  );

  it.each(versions)('%s is complete in German and English for every text', (_key, version) => {
    for (const [where, label] of labelsOf(version)) {
      for (const text of [label.de, label.en]) {
        expect(text.trim(), where).toBe(text);
        expect(text.length, where).toBeGreaterThan(5);
        expect(text, where).not.toMatch(/\s{2}/);
      }
      expect(label.de, `${where} is not translated`).not.toBe(label.en);
    }
  });

  it.each(versions)('%s addresses users formally (Sie), never with du', (_key, version) => {
    for (const [where, label] of labelsOf(version)) {
      expect(label.de, where).not.toMatch(/\b(du|dich|dir|dein|deine|deinen|deiner|euch|euer)\b/i);
    }
  });

  it.each(versions)('%s carries only codes the taxonomy knows', (_key, version) => {
    for (const c of version.checkpoints) {
      for (const e of c.examples) {
        for (const code of e.codes) {
          const known =
            code.type === 'topic'
              ? isTopicCode(code.topic)
              : code.type === 'theme'
                ? isThemeCode(code.theme)
                : code.type === 'qualityCriterion'
                  ? isQualityCriterionCode(code.criterion)
                  : code.type === 'exitCriterion'
                    ? isExitCriterionCode(code.criterion)
                    : isQualityAttributeCode(code.attribute);
          expect(known, `${e.code}: ${JSON.stringify(code)}`).toBe(true);
        }
      }
    }
  });

  it.each(versions)("%s gives topics directions natural for the check's kind", (_key, version) => {
    const kind = version.template.kind;
    for (const e of version.checkpoints.flatMap((c) => c.examples)) {
      for (const code of e.codes) {
        if (code.type !== 'topic') continue;
        expect(
          isNaturalDirection(code.topic, kind, code.direction),
          `${e.code}: ${code.topic}`,
        ).toBe(true);
      }
    }
  });

  it.each(versions)(
    '%s only lets the organisation tick attributes of its own kind',
    (_key, version) => {
      for (const e of version.checkpoints.flatMap((c) => c.examples)) {
        for (const code of e.codes) {
          if (code.type === 'attribute')
            expect(qualityAttribute(code.attribute).heldBy, e.code).toBe(version.template.kind);
        }
      }
    },
  );

  it.each(versions)(
    '%s carries partner criteria on checkpoint 3 only, for the other kind',
    (_key, version) => {
      const partner = counterpartKind(version.template.kind);
      for (const c of version.checkpoints) {
        for (const e of c.examples) {
          for (const code of e.codes) {
            if (code.type !== 'qualityCriterion' && code.type !== 'exitCriterion') continue;
            expect(c.number, e.code).toBe(3);
            if (code.type === 'qualityCriterion')
              expect(qualityCriterion(code.criterion).appliesTo, e.code).toBe(partner);
          }
        }
      }
    },
  );
});
