import { PolicyService, type Actor } from '@bs/api/access';
import { measureProblems, suggestMeasures, type CheckTemplateCode } from '@bs/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AssessmentService } from './assessment.service';
import { toMeasureModel } from './assessment.mapper';
import {
  CheckProblemsError,
  MeasureNotFoundError,
  MeasureVersionConflictError,
} from './checks.errors';
import type {
  AddMeasureInput,
  MeasureFieldsInput,
  UpdateMeasureInput,
} from './dto/assessment.inputs';
import { MeasureEntity, type MeasurePriority, type MeasureStatus } from './measure.entity';
import type { DueReview, Measure, SuggestedMeasure } from './models/assessment.model';

/** The measures plan of an assessment: rows with an order, each with optimistic versions. */
@Injectable()
export class MeasureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly assessments: AssessmentService,
  ) {}

  async list(actor: Actor, assessmentId: string): Promise<Measure[]> {
    await this.assessments.load(actor, assessmentId, 'assessment.read');
    return (
      await this.dataSource.manager.find(MeasureEntity, {
        where: { assessmentId },
        order: { position: 'ASC' },
      })
    ).map(toMeasureModel);
  }

  /** Suggestions from the examples of red checkpoints, then yellow ones, not yet in the plan. */
  async suggestions(actor: Actor, assessmentId: string): Promise<SuggestedMeasure[]> {
    const assessment = await this.assessments.load(actor, assessmentId, 'assessment.read');
    const version = this.assessments.catalogue(
      assessment.template as CheckTemplateCode,
      assessment.version,
    );
    const planned = new Set(
      (await this.dataSource.manager.find(MeasureEntity, { where: { assessmentId } }))
        .map((m) => m.sourceExample)
        .filter((code): code is string => code !== null),
    );
    return suggestMeasures(version, assessment.answers)
      .filter((s) => !planned.has(s.exampleCode))
      .map((s) => ({
        checkpoint: s.checkpoint,
        exampleCode: s.exampleCode,
        text: { de: s.text.de, en: s.text.en },
        priority: s.priority,
      }));
  }

  private check(fields: MeasureFieldsInput & { checkpoint: number; text: string }): void {
    const problems = measureProblems({
      checkpoint: fields.checkpoint,
      text: fields.text,
      priority: fields.priority ?? 'MEDIUM',
      status: fields.status ?? 'OPEN',
      startDate: fields.startDate ?? null,
      reviewDate: fields.reviewDate ?? null,
    });
    if (problems.length > 0) {
      throw new CheckProblemsError(
        problems.map((p) => ({ field: p.path, messageKey: p.messageKey })),
      );
    }
  }

  private async nextPosition(manager: EntityManager, assessmentId: string): Promise<number> {
    const [row] = await manager.query<{ next: number }[]>(
      `SELECT coalesce(max(position), 0) + 1 AS next FROM measure WHERE assessment_id = $1`,
      [assessmentId],
    );
    return row?.next ?? 1;
  }

  async add(actor: Actor, input: AddMeasureInput): Promise<Measure> {
    this.check({ ...input, checkpoint: input.checkpoint ?? 0, text: input.text?.trim() ?? '' });
    const saved = await this.dataSource.transaction(async (manager) => {
      await this.assessments.load(actor, input.assessmentId, 'assessment.edit', manager, true);
      return manager.save(
        manager.create(MeasureEntity, {
          assessmentId: input.assessmentId,
          checkpoint: input.checkpoint,
          text: (input.text ?? '').trim(),
          priority: (input.priority ?? 'MEDIUM') as MeasurePriority,
          responsible: input.responsible?.trim() || null,
          startDate: input.startDate ?? null,
          reviewDate: input.reviewDate ?? null,
          status: (input.status ?? 'OPEN') as MeasureStatus,
          position: await this.nextPosition(manager, input.assessmentId),
        }),
      );
    });
    return toMeasureModel(saved);
  }

  /** Adds suggested measures (by example code) at the end of the plan, in suggestion order. */
  async addSuggested(
    actor: Actor,
    assessmentId: string,
    exampleCodes: string[],
  ): Promise<Measure[]> {
    const suggestions = await this.suggestions(actor, assessmentId);
    const wanted = suggestions.filter((s) => exampleCodes.includes(s.exampleCode));
    const unknown = exampleCodes.filter((code) => !suggestions.some((s) => s.exampleCode === code));
    if (unknown.length > 0) {
      throw new CheckProblemsError(
        unknown.map(() => ({ field: 'exampleCodes', messageKey: 'measures.suggestionUnknown' })),
      );
    }
    const [locale] = await this.dataSource.query<{ locale: string }[]>(
      `SELECT locale FROM app_user WHERE id = $1`,
      [this.policy.requireUser(actor).userId],
    );
    await this.dataSource.transaction(async (manager) => {
      await this.assessments.load(actor, assessmentId, 'assessment.edit', manager, true);
      let position = await this.nextPosition(manager, assessmentId);
      for (const suggestion of wanted) {
        await manager.insert(MeasureEntity, {
          assessmentId,
          checkpoint: suggestion.checkpoint,
          text: locale?.locale === 'en' ? suggestion.text.en : suggestion.text.de,
          sourceExample: suggestion.exampleCode,
          priority: suggestion.priority,
          position: position++,
        });
      }
    });
    return this.list(actor, assessmentId);
  }

  private async loadMeasure(
    actor: Actor,
    id: string,
    manager: EntityManager,
  ): Promise<MeasureEntity> {
    const measure = await manager.findOne(MeasureEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!measure) throw new MeasureNotFoundError(id);
    await this.assessments.load(actor, measure.assessmentId, 'assessment.edit', manager);
    return measure;
  }

  async update(actor: Actor, input: UpdateMeasureInput): Promise<Measure> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const measure = await this.loadMeasure(actor, input.id, manager);
      if (measure.version !== input.version) throw new MeasureVersionConflictError(measure.version);
      const next = {
        checkpoint: input.checkpoint ?? measure.checkpoint,
        text: input.text === undefined ? measure.text : input.text.trim(),
        priority: (input.priority ?? measure.priority) as MeasurePriority,
        status: (input.status ?? measure.status) as MeasureStatus,
        responsible:
          input.responsible === undefined ? measure.responsible : input.responsible?.trim() || null,
        startDate: input.startDate === undefined ? measure.startDate : input.startDate,
        reviewDate: input.reviewDate === undefined ? measure.reviewDate : input.reviewDate,
      };
      this.check(next);
      Object.assign(measure, next, { version: measure.version + 1 });
      return manager.save(measure);
    });
    return toMeasureModel(saved);
  }

  async delete(actor: Actor, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const measure = await manager.findOneBy(MeasureEntity, { id });
      if (!measure) return false;
      await this.assessments.load(actor, measure.assessmentId, 'assessment.edit', manager);
      await manager.delete(MeasureEntity, { id });
      return true;
    });
  }

  /** Puts the plan's rows in the given order (all row ids of the plan, each once). */
  async reorder(actor: Actor, assessmentId: string, ids: string[]): Promise<Measure[]> {
    await this.dataSource.transaction(async (manager) => {
      await this.assessments.load(actor, assessmentId, 'assessment.edit', manager, true);
      const rows = await manager.find(MeasureEntity, { where: { assessmentId } });
      const same =
        rows.length === ids.length &&
        new Set(ids).size === ids.length &&
        rows.every((r) => ids.includes(r.id));
      if (!same)
        throw new CheckProblemsError([{ field: 'ids', messageKey: 'measures.orderIncomplete' }]);
      for (const [index, id] of ids.entries()) {
        await manager.update(MeasureEntity, { id }, { position: index + 1 });
      }
    });
    return this.list(actor, assessmentId);
  }

  /** Measures of the organisation whose review date has come and that are not done. */
  async dueReviews(actor: Actor, organisationId: string): Promise<DueReview[]> {
    await this.policy.authorize(actor, 'assessment.read', organisationId);
    const rows = await this.dataSource.manager
      .createQueryBuilder(MeasureEntity, 'm')
      .innerJoin('assessment', 'a', 'a.id = m.assessment_id')
      .where('a.organisation_id = :organisationId', { organisationId })
      .andWhere(`m.status <> 'DONE'`)
      .andWhere('m.review_date <= current_date')
      .orderBy('m.review_date', 'ASC')
      .getMany();
    return rows.map((m) => ({ measure: toMeasureModel(m), organisationId }));
  }
}
