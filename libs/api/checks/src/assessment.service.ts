import { PolicyService, type Actor } from '@bs/api/access';
import { DomainEventsService } from '@bs/api/events';
import {
  assessmentProblems,
  CHECK_TEMPLATES,
  checkVersion,
  compareAssessments,
  latestCheckVersion,
  templateFor,
  type AssessmentAnswers,
  type CheckTemplateCode,
  type CheckVersion,
} from '@bs/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AssessmentEntity } from './assessment.entity';
import { toAssessmentModel, toCheckpointAnswers } from './assessment.mapper';
import {
  AssessmentCompletedError,
  AssessmentConflictError,
  AssessmentNotFoundError,
  CheckProblemsError,
  KindCannotAssessError,
  UnknownCatalogueError,
} from './checks.errors';
import type { SaveAssessmentInput } from './dto/assessment.inputs';
import type { Assessment, CheckpointChange } from './models/assessment.model';

/** Empty answers: seven unrated checkpoints. */
export function emptyAnswers(version: CheckVersion): AssessmentAnswers {
  return {
    checkpoints: version.checkpoints.map((c) => ({
      number: c.number,
      rating: null,
      tickedExamples: [],
      notes: '',
      requiredCriteria: [],
      exitCriteria: [],
    })),
  };
}

/**
 * A new check starts from the last completed answers, kept only where they still exist in
 * the (possibly newer) catalogue version.
 */
export function carryOver(version: CheckVersion, previous: AssessmentAnswers): AssessmentAnswers {
  const known = new Map<number, Set<string>>(
    version.checkpoints.map((c) => [c.number, new Set(c.examples.map((e) => e.code))]),
  );
  return {
    checkpoints: emptyAnswers(version).checkpoints.map((empty) => {
      const before = previous.checkpoints.find((c) => c.number === empty.number);
      if (!before) return empty;
      return {
        ...before,
        tickedExamples: before.tickedExamples.filter((code) => known.get(empty.number)?.has(code)),
      };
    }),
  };
}

@Injectable()
export class AssessmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly events: DomainEventsService,
  ) {}

  catalogue(template: CheckTemplateCode, version?: number): CheckVersion {
    const found =
      version === undefined
        ? latestCheckVersion(CHECK_TEMPLATES[template].kind)
        : checkVersion(template, version);
    if (!found) throw new UnknownCatalogueError(template, version);
    return found;
  }

  /** The entity, after checking the actor may do `permission` on its organisation. */
  async load(
    actor: Actor,
    id: string,
    permission: 'assessment.read' | 'assessment.edit',
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<AssessmentEntity> {
    const entity = await manager.findOne(AssessmentEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!entity) throw new AssessmentNotFoundError(id);
    await this.policy.authorize(actor, permission, entity.organisationId, manager);
    return entity;
  }

  async get(actor: Actor, id: string): Promise<Assessment> {
    return toAssessmentModel(await this.load(actor, id, 'assessment.read'));
  }

  /** All assessments of an organisation, newest first (the history). */
  async list(actor: Actor, organisationId: string): Promise<Assessment[]> {
    await this.policy.authorize(actor, 'assessment.read', organisationId);
    const rows = await this.dataSource.manager.find(AssessmentEntity, {
      where: { organisationId },
      order: { createdAt: 'DESC' },
    });
    return rows.map(toAssessmentModel);
  }

  /**
   * Starts a check of the organisation's kind with the latest catalogue, carrying the last
   * completed answers over. An open draft is continued instead of starting a second one.
   */
  async start(actor: Actor, organisationId: string): Promise<Assessment> {
    const user = this.policy.requireUser(actor);
    await this.policy.authorize(actor, 'assessment.edit', organisationId);
    const entity = await this.dataSource.transaction(async (manager) => {
      const [organisation] = await manager.query<{ kind: string }[]>(
        `SELECT kind FROM organisation WHERE id = $1 FOR UPDATE`,
        [organisationId],
      );
      if (organisation?.kind !== 'ZO' && organisation?.kind !== 'KMU')
        throw new KindCannotAssessError();
      const draft = await manager.findOneBy(AssessmentEntity, { organisationId, status: 'DRAFT' });
      if (draft) return draft;
      const template = templateFor(organisation.kind).code;
      const version = this.catalogue(template);
      const previous = await manager.findOne(AssessmentEntity, {
        where: { organisationId, status: 'COMPLETED', template },
        order: { completedAt: 'DESC' },
      });
      return manager.save(
        manager.create(AssessmentEntity, {
          organisationId,
          template,
          version: version.version,
          status: 'DRAFT',
          answers: previous ? carryOver(version, previous.answers) : emptyAnswers(version),
          previousId: previous?.id ?? null,
          startedBy: user.userId,
        }),
      );
    });
    return toAssessmentModel(entity);
  }

  /**
   * Saves changed checkpoints of a draft. The change must be based on the current revision;
   * otherwise nothing is written and the error carries the other person's answers.
   */
  async save(actor: Actor, input: SaveAssessmentInput): Promise<Assessment> {
    const entity = await this.dataSource.transaction(async (manager) => {
      const current = await this.load(actor, input.assessmentId, 'assessment.edit', manager, true);
      if (current.status !== 'DRAFT') throw new AssessmentCompletedError();
      if (current.revision !== input.revision) {
        throw new AssessmentConflictError(current.revision, toCheckpointAnswers(current.answers));
      }
      const answers: AssessmentAnswers = {
        checkpoints: current.answers.checkpoints.map((checkpoint) => {
          const change = input.checkpoints.find((c) => c.number === checkpoint.number);
          if (!change) return checkpoint;
          return {
            number: checkpoint.number,
            rating: (change.rating === undefined
              ? checkpoint.rating
              : change.rating) as typeof checkpoint.rating,
            tickedExamples: change.tickedExamples ?? checkpoint.tickedExamples,
            notes: change.notes ?? checkpoint.notes,
            requiredCriteria: (change.requiredCriteria ??
              checkpoint.requiredCriteria ??
              []) as typeof checkpoint.requiredCriteria,
            exitCriteria: (change.exitCriteria ??
              checkpoint.exitCriteria ??
              []) as typeof checkpoint.exitCriteria,
          };
        }),
      };
      const unknownNumbers = input.checkpoints
        .map((c, i) => ({ c, i }))
        .filter(({ c }) => !current.answers.checkpoints.some((k) => k.number === c.number));
      const problems = [
        ...unknownNumbers.map(({ i }) => ({
          path: `checkpoints.${i}.number`,
          messageKey: 'checks.checkpointUnknown',
        })),
        ...assessmentProblems(
          this.catalogue(current.template as CheckTemplateCode, current.version),
          answers,
          {
            completing: false,
          },
        ),
      ];
      if (problems.length > 0) {
        throw new CheckProblemsError(
          problems.map((p) => ({ field: p.path, messageKey: p.messageKey })),
        );
      }
      current.answers = answers;
      current.revision += 1;
      return manager.save(current);
    });
    return toAssessmentModel(entity);
  }

  /**
   * Completes a draft once every checkpoint is rated. The completion is announced as the
   * domain event `AssessmentCompleted` in the same transaction (outbox).
   */
  async complete(actor: Actor, assessmentId: string, revision: number): Promise<Assessment> {
    const user = this.policy.requireUser(actor);
    const entity = await this.dataSource.transaction(async (manager) => {
      const current = await this.load(actor, assessmentId, 'assessment.edit', manager, true);
      if (current.status !== 'DRAFT') throw new AssessmentCompletedError();
      if (current.revision !== revision) {
        throw new AssessmentConflictError(current.revision, toCheckpointAnswers(current.answers));
      }
      const problems = assessmentProblems(
        this.catalogue(current.template as CheckTemplateCode, current.version),
        current.answers,
        { completing: true },
      );
      if (problems.length > 0) {
        throw new CheckProblemsError(
          problems.map((p) => ({ field: p.path, messageKey: p.messageKey })),
        );
      }
      current.status = 'COMPLETED';
      current.completedAt = new Date();
      current.completedBy = user.userId;
      current.revision += 1;
      const saved = await manager.save(current);
      await this.events.publish(manager, 'AssessmentCompleted', {
        assessmentId: saved.id,
        organisationId: saved.organisationId,
        template: saved.template,
        version: saved.version,
      });
      return saved;
    });
    await this.events.dispatch();
    return toAssessmentModel(entity);
  }

  /** What changed against the completed assessment this one started from. */
  async changes(actor: Actor, assessmentId: string): Promise<CheckpointChange[]> {
    const current = await this.load(actor, assessmentId, 'assessment.read');
    if (!current.previousId) return [];
    const previous = await this.dataSource.manager.findOneBy(AssessmentEntity, {
      id: current.previousId,
    });
    if (!previous) return [];
    return compareAssessments(previous.answers, current.answers).map((change) => ({
      number: change.number,
      previousRating: change.previous,
      rating: change.current,
      trend: change.change.toUpperCase(),
      examplesAdded: [...change.examplesAdded],
      examplesRemoved: [...change.examplesRemoved],
    }));
  }
}
