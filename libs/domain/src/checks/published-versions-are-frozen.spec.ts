import { describe, expect, it } from 'vitest';
import type { CheckVersion } from './check-types';
import { CHECK_VERSIONS, checkVersion, PUBLISHED_CHECK_VERSIONS } from './registry';
import { CHECK_TEMPLATES } from './templates';

function everyNodeFrozen(node: unknown, path = 'version'): string[] {
  if (node === null || typeof node !== 'object') return [];
  const unfrozen = Object.isFrozen(node) ? [] : [path];
  return unfrozen.concat(
    Object.entries(node).flatMap(([key, child]) => everyNodeFrozen(child, `${path}.${key}`)),
  );
}

type Mutable = {
  version: number;
  checkpoints: { examples: { text: { de: string } }[]; statement: unknown }[];
  template: { title: { en: string } };
};

describe('published versions are immutable', () => {
  it.each(PUBLISHED_CHECK_VERSIONS)(
    '$template.code@$version is frozen all the way down',
    (version) => {
      expect(everyNodeFrozen(version)).toEqual([]);
    },
  );

  it('throws when anyone tries to change a published version', () => {
    const version = checkVersion('ZO_KMU', 1) as unknown as Mutable;
    expect(() => {
      version.version = 2;
    }).toThrow(TypeError);
    expect(() => {
      version.checkpoints[0].examples[0].text.de = 'anders';
    }).toThrow(TypeError);
    expect(() => version.checkpoints[1].examples.push({ text: { de: 'neu' } })).toThrow(TypeError);
    expect(() => {
      delete (version.checkpoints[2] as { statement?: unknown }).statement;
    }).toThrow(TypeError);
    expect(() => {
      version.template.title.en = 'other';
    }).toThrow(TypeError);
  });

  it('does not let a version be replaced or added in the registry or templates', () => {
    const registry = CHECK_VERSIONS as Record<string, CheckVersion | undefined>;
    expect(() => {
      registry['ZO_KMU@1'] = undefined;
    }).toThrow(TypeError);
    expect(() => {
      registry['ZO_KMU@2'] = PUBLISHED_CHECK_VERSIONS[0];
    }).toThrow(TypeError);
    expect(() => {
      (CHECK_TEMPLATES.KMU_ZO as { kind: string }).kind = 'ZO';
    }).toThrow(TypeError);
  });
});
