import { latestCheckVersion } from '@bs/domain';
import { describe, expect, it } from 'vitest';
import type { AssessmentEntity } from '../assessment.entity';
import { emptyAnswers } from '../assessment.service';
import type { MeasureEntity } from '../measure.entity';
import { renderReport, reportDefinition } from './assessment-report';

const check = latestCheckVersion('KMU');
const answers = {
  checkpoints: emptyAnswers(check).checkpoints.map((c, i) => ({
    ...c,
    rating: i % 3 === 0 ? ('RED' as const) : i % 3 === 1 ? ('YELLOW' as const) : ('GREEN' as const),
  })),
};
const assessment = {
  id: 'a',
  organisationId: 'o',
  template: 'KMU_ZO',
  version: check.version,
  status: 'COMPLETED',
  answers,
  completedAt: new Date('2026-11-20T10:00:00Z'),
  updatedAt: new Date('2026-11-20T10:00:00Z'),
  createdAt: new Date('2026-11-18T10:00:00Z'),
  revision: 9,
  previousId: null,
  startedBy: null,
  completedBy: null,
} satisfies AssessmentEntity;
const measure = {
  checkpoint: 5,
  text: 'Ansprechperson für Vereine benennen – Überprüfung im Frühjahr',
  priority: 'HIGH',
  responsible: 'Jürgen Öztürk',
  startDate: '2026-12-01',
  reviewDate: '2027-03-01',
  status: 'OPEN',
} as MeasureEntity;

describe('results report (PDF)', () => {
  it('summarises all seven checkpoints with their written-out rating, and the measures plan', () => {
    const definition = JSON.stringify(
      reportDefinition({
        organisationName: 'Bäckerei Groß',
        assessment,
        catalogue: check,
        measures: [measure],
        language: 'de',
      }),
    );
    expect(definition).toContain('Ergebnisse des Praxis-Checks');
    expect(definition).toContain('Rot – dringender Handlungsbedarf');
    expect(definition).toContain('Gelb – Handlungsbedarf');
    expect(definition).toContain('Grün – derzeit kein Handlungsbedarf');
    expect(definition).toContain('Jürgen Öztürk');
    expect(definition).toContain('1.12.2026');
    for (const checkpoint of check.checkpoints) expect(definition).toContain(checkpoint.title.de);
  });

  it('is written in English on request', () => {
    const definition = JSON.stringify(
      reportDefinition({
        organisationName: 'Bäckerei Groß',
        assessment,
        catalogue: check,
        measures: [],
        language: 'en',
      }),
    );
    expect(definition).toContain('Practice check results');
    expect(definition).toContain('No measures planned yet.');
    expect(definition).not.toContain('Handlungsbedarf');
  });

  it('renders a multi-page A4 PDF with embedded fonts', async () => {
    const pdf = await renderReport({
      organisationName: 'Bäckerei Groß',
      assessment,
      catalogue: check,
      measures: [measure],
      language: 'de',
    });
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text).toContain('/MediaBox [0 0 595.28 841.89]');
    expect(text).toMatch(/\/FontFile2/);
    expect((text.match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(2);
  });
});
