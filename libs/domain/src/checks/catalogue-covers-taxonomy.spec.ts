import { describe, expect, it } from 'vitest';
import { EXIT_CRITERION_CODES } from '../taxonomy/exit-criteria';
import { counterpartKind } from '../taxonomy/kinds';
import { criteriaFor } from '../taxonomy/quality';
import { THEME_CODES } from '../taxonomy/themes';
import { TOPIC_CODES } from '../taxonomy/topics';
import { checkpointCriteria } from './assessment';
import type { CheckVersion } from './check-types';
import { PUBLISHED_CHECK_VERSIONS } from './registry';

const versions = PUBLISHED_CHECK_VERSIONS.map(
  (v) => [`${v.template.code}@${v.version}`, v] as const,
);

const codesIn = (version: CheckVersion, number: number) =>
  version.checkpoints.find((c) => c.number === number)!.examples.flatMap((e) => e.codes);

describe('catalogues cover the taxonomy, so ticking can build a whole profile', () => {
  it.each(versions)(
    '%s lists every cooperation topic under possibilities (checkpoint 2)',
    (_key, version) => {
      const topics = new Set(
        codesIn(version, 2).flatMap((c) => (c.type === 'topic' ? [c.topic] : [])),
      );
      expect([...topics].sort()).toEqual([...TOPIC_CODES].sort());
    },
  );

  it.each(versions)('%s offers something as well as seeking something', (_key, version) => {
    const directions = new Set(
      codesIn(version, 2).flatMap((c) => (c.type === 'topic' ? [c.direction] : [])),
    );
    expect([...directions].sort()).toEqual(['OFFERS', 'SEEKS']);
  });

  it.each(versions)(
    '%s lets the organisation choose every theme when planning (checkpoint 3)',
    (_key, version) => {
      const themes = codesIn(version, 3).flatMap((c) => (c.type === 'theme' ? [c.theme] : []));
      expect([...themes].sort()).toEqual([...THEME_CODES].sort());
    },
  );

  it.each(versions)(
    '%s offers every criterion that applies to its partners, and every exit criterion',
    (_key, version) => {
      const checkpoint = version.checkpoints.find((c) => c.number === 3)!;
      const { qualityCriteria, exitCriteria } = checkpointCriteria(checkpoint);
      const partner = counterpartKind(version.template.kind);
      expect(qualityCriteria).toEqual(criteriaFor(partner).map((c) => c.code));
      expect([...exitCriteria].sort()).toEqual([...EXIT_CRITERION_CODES].sort());
    },
  );
});
