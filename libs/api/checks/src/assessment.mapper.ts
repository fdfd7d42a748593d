import type { CheckVersion, Label } from '@bs/domain';
import type { AssessmentEntity } from './assessment.entity';
import type { MeasureEntity } from './measure.entity';
import type { LocalizedText } from '@bs/api/graphql';
import type { CheckCatalogue } from './models/check-catalogue.model';
import type { Assessment, CheckpointAnswer, Measure } from './models/assessment.model';
import type { StoredAnswers } from './stored-answers';

const text = (label: Label): LocalizedText => ({ de: label.de, en: label.en });

export function toCatalogueModel(version: CheckVersion): CheckCatalogue {
  return {
    template: version.template.code,
    version: version.version,
    kind: version.template.kind,
    title: text(version.template.title),
    publishedAt: version.publishedAt,
    checkpoints: version.checkpoints.map((c) => ({
      number: c.number,
      code: c.code,
      title: text(c.title),
      statement: text(c.statement),
      whatGoodLooksLike: text(c.guidance.whatGoodLooksLike),
      whyItMatters: text(c.guidance.whyItMatters),
      examples: c.examples.map((e) => ({
        code: e.code,
        text: text(e.text),
        codes: e.codes.map((code) => {
          switch (code.type) {
            case 'topic':
              return { type: code.type, code: code.topic, direction: code.direction };
            case 'theme':
              return { type: code.type, code: code.theme, direction: null };
            case 'attribute':
              return { type: code.type, code: code.attribute, direction: null };
            default:
              return { type: code.type, code: code.criterion, direction: null };
          }
        }),
      })),
    })),
  };
}

export function toCheckpointAnswers(answers: StoredAnswers): CheckpointAnswer[] {
  return [...answers.checkpoints]
    .sort((a, b) => a.number - b.number)
    .map((c) => ({
      number: c.number,
      rating: c.rating,
      tickedExamples: [...c.tickedExamples],
      notes: c.notes,
      requiredCriteria: [...(c.requiredCriteria ?? [])],
      exitCriteria: [...(c.exitCriteria ?? [])],
    }));
}

export function toAssessmentModel(entity: AssessmentEntity): Assessment {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    template: entity.template,
    version: entity.version,
    status: entity.status,
    revision: entity.revision,
    checkpoints: toCheckpointAnswers(entity.answers),
    previousId: entity.previousId,
    startedAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    completedAt: entity.completedAt,
  };
}

export function toMeasureModel(entity: MeasureEntity): Measure {
  return {
    id: entity.id,
    assessmentId: entity.assessmentId,
    checkpoint: entity.checkpoint,
    text: entity.text,
    sourceExample: entity.sourceExample,
    priority: entity.priority,
    responsible: entity.responsible,
    startDate: entity.startDate,
    reviewDate: entity.reviewDate,
    status: entity.status,
    position: entity.position,
    version: entity.version,
  };
}
