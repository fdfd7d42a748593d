import { describe, expect, it } from 'vitest';
import { ZO_KMU_V1 } from './catalogues/zo-kmu-v1';
import { MEASURE_TEXT_MAX_LENGTH, measureProblems, type MeasureInput } from './measures';

const measure: MeasureInput = {
  checkpoint: 7,
  text: 'Koordination klären',
  priority: 'MEDIUM',
  status: 'IN_PROGRESS',
};

describe('measures plan: fields that are not valid', () => {
  it('rejects an empty or blank text and an overlong one', () => {
    expect(measureProblems({ ...measure, text: '   ' })).toEqual([
      { path: 'text', messageKey: 'measures.textEmpty' },
    ]);
    expect(measureProblems({ ...measure, text: 'x'.repeat(MEASURE_TEXT_MAX_LENGTH + 1) })).toEqual([
      { path: 'text', messageKey: 'measures.textTooLong' },
    ]);
  });

  it('rejects checkpoints outside 1–7', () => {
    for (const checkpoint of [0, 8, 1.5]) {
      expect(measureProblems({ ...measure, checkpoint })).toEqual([
        { path: 'checkpoint', messageKey: 'measures.checkpointUnknown' },
      ]);
    }
    expect(measureProblems({ ...measure, checkpoint: 9 }, ZO_KMU_V1)).toEqual([
      { path: 'checkpoint', messageKey: 'measures.checkpointUnknown' },
    ]);
  });

  it('rejects priorities and statuses outside the lists', () => {
    expect(measureProblems({ ...measure, priority: 'URGENT', status: 'CLOSED' })).toEqual([
      { path: 'priority', messageKey: 'measures.priorityInvalid' },
      { path: 'status', messageKey: 'measures.statusInvalid' },
    ]);
    for (const priority of ['HIGH', 'MEDIUM', 'LOW'])
      for (const status of ['OPEN', 'IN_PROGRESS', 'DONE'])
        expect(measureProblems({ ...measure, priority, status })).toEqual([]);
  });

  it("rejects a source example that is not in the measure's checkpoint of the version", () => {
    expect(measureProblems({ ...measure, exampleCode: 'zo-7-coordinator' }, ZO_KMU_V1)).toEqual([]);
    expect(measureProblems({ ...measure, exampleCode: 'zo-6-conflicts' }, ZO_KMU_V1)).toEqual([
      { path: 'exampleCode', messageKey: 'measures.exampleUnknown' },
    ]);
    expect(measureProblems({ ...measure, exampleCode: 'kmu-7-coordinator' }, ZO_KMU_V1)).toEqual([
      { path: 'exampleCode', messageKey: 'measures.exampleUnknown' },
    ]);
  });
});
