import { describe, expect, it } from 'vitest';
import {
  EMPLOYEE_BANDS,
  ENGAGEMENT_FIELDS,
  organisationProfileProblems,
  STAFF_BANDS,
  VOLUNTEER_BANDS,
  WZ2008_SECTIONS,
  type Label,
} from './organisation-attributes';

describe('organisation attributes', () => {
  it('labels every band, section and field in German and English', () => {
    const tables: Record<string, Label>[] = [
      EMPLOYEE_BANDS,
      VOLUNTEER_BANDS,
      STAFF_BANDS,
      WZ2008_SECTIONS,
      ENGAGEMENT_FIELDS,
    ];
    for (const table of tables) {
      for (const label of Object.values(table)) {
        expect(label.de.length).toBeGreaterThan(2);
        expect(label.en.length).toBeGreaterThan(2);
      }
    }
    expect(Object.keys(WZ2008_SECTIONS)).toHaveLength(21);
  });

  it('accepts company size and WZ section for a KMU', () => {
    expect(
      organisationProfileProblems({ kind: 'KMU', employeeBand: 'EMPLOYEES_10_49', wzSection: 'F' }),
    ).toEqual([]);
  });

  it('rejects company fields on a ZO and ZO fields on a KMU', () => {
    expect(
      organisationProfileProblems({ kind: 'ZO', employeeBand: 'EMPLOYEES_1_9', wzSection: 'C' }),
    ).toEqual([
      { field: 'employeeBand', messageKey: 'organisation.sizeBandForKind' },
      { field: 'wzSection', messageKey: 'organisation.sectorForKind' },
    ]);
    expect(organisationProfileProblems({ kind: 'KMU', volunteerBand: 'VOLUNTEERS_0_9' })).toEqual([
      { field: 'volunteerBand', messageKey: 'organisation.sizeBandForKind' },
    ]);
  });

  it('lets an intermediary have neither', () => {
    expect(organisationProfileProblems({ kind: 'INTERMEDIARY', staffBand: 'STAFF_1_9' })).toEqual([
      { field: 'staffBand', messageKey: 'organisation.sizeBandForKind' },
    ]);
  });
});
