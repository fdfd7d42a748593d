import { describe, expect, it } from 'vitest';
import { KMU_COMPLETE, ZO_FIRST_ROUND } from '../checks/fixtures/assessment-answers';
import { latestCheckVersion } from '../checks/registry';
import { deriveProfile } from './derive-profile';

const topics = (answers: typeof ZO_FIRST_ROUND, kind: 'ZO' | 'KMU') =>
  deriveProfile(latestCheckVersion(kind), answers).items.filter((i) => i.category === 'TOPIC');

describe('deriving a profile: topics from ticked examples', () => {
  it('turns a ZO’s ticked examples into sought topics with the direction the example carries', () => {
    expect(topics(ZO_FIRST_ROUND, 'ZO')).toEqual([
      {
        category: 'TOPIC',
        code: 'volunteers',
        direction: 'SEEKS',
        examples: ['zo-1-volunteers', 'zo-2-volunteers-seek'],
      },
      {
        category: 'TOPIC',
        code: 'donations',
        direction: 'SEEKS',
        examples: ['zo-2-donations-seek'],
      },
    ]);
  });

  it('lists a topic once, with every example that carries it', () => {
    const volunteers = topics(ZO_FIRST_ROUND, 'ZO').filter((t) => t.code === 'volunteers');
    expect(volunteers).toHaveLength(1);
  });

  it('gives a company the topics it offers and seeks from its own check', () => {
    expect(topics(KMU_COMPLETE, 'KMU').map((t) => [t.code, t.direction])).toEqual([
      ['team-days', 'SEEKS'],
      ['in-kind', 'OFFERS'],
    ]);
  });

  it('derives nothing from unticked examples and ignores codes the version does not know', () => {
    const answers = {
      checkpoints: ZO_FIRST_ROUND.checkpoints.map((c) => ({
        ...c,
        tickedExamples: c.number === 2 ? ['no-such-example'] : [],
        requiredCriteria: [],
        exitCriteria: [],
      })),
    };
    expect(deriveProfile(latestCheckVersion('ZO'), answers).items).toEqual([]);
  });
});
