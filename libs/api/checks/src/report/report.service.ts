import type { Actor } from '@bs/api/access';
import type { CheckTemplateCode } from '@bs/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AssessmentService } from '../assessment.service';
import { MeasureEntity } from '../measure.entity';
import { renderReport } from './assessment-report';
import type { ReportLanguage } from './report-texts';

export interface ReportFile {
  filename: string;
  contentType: string;
  base64: string;
}

/** The results and measures plan of one assessment as a PDF. */
@Injectable()
export class ReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assessments: AssessmentService,
  ) {}

  async report(actor: Actor, assessmentId: string, language: ReportLanguage): Promise<ReportFile> {
    const assessment = await this.assessments.load(actor, assessmentId, 'assessment.read');
    const [organisation] = await this.dataSource.query<{ name: string }[]>(
      `SELECT name FROM organisation WHERE id = $1`,
      [assessment.organisationId],
    );
    const measures = await this.dataSource.manager.find(MeasureEntity, {
      where: { assessmentId },
      order: { position: 'ASC' },
    });
    const pdf = await renderReport({
      organisationName: organisation?.name ?? '',
      assessment,
      catalogue: this.assessments.catalogue(
        assessment.template as CheckTemplateCode,
        assessment.version,
      ),
      measures,
      language,
    });
    const date = (assessment.completedAt ?? assessment.updatedAt).toISOString().slice(0, 10);
    const stem = language === 'de' ? 'praxis-check' : 'practice-check';
    return {
      filename: `${stem}-${date}.pdf`,
      contentType: 'application/pdf',
      base64: pdf.toString('base64'),
    };
  }
}
