import { describe, expect, it } from 'vitest';
import { ZO_KMU_V1 } from './catalogues/zo-kmu-v1';
import { SEED_000_COVERAGE } from './fixtures/seed-000-coverage';
import { checkpointOfExample } from './registry';

describe('the ZO check represents every example of the source practice aid', () => {
  it.each(SEED_000_COVERAGE)(
    'checkpoint $checkpoint: $seed → $example',
    ({ checkpoint, example }) => {
      expect(checkpointOfExample(ZO_KMU_V1, example)?.number).toBe(checkpoint);
    },
  );

  it('maps ideas from all seven checkpoints', () => {
    expect([...new Set(SEED_000_COVERAGE.map((s) => s.checkpoint))]).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps the examples the brief names with their codes', () => {
    const codes = (code: string) =>
      ZO_KMU_V1.checkpoints.flatMap((c) => c.examples).find((e) => e.code === code)?.codes;
    expect(codes('zo-2-volunteers-seek')).toEqual([
      { type: 'topic', topic: 'volunteers', direction: 'SEEKS' },
    ]);
    expect(codes('zo-2-apprentice-mentoring-offer')).toEqual([
      { type: 'topic', topic: 'apprentice-mentoring', direction: 'OFFERS' },
    ]);
  });
});
