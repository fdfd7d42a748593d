import { DomainEventsService } from '@bs/api/events';
import {
  checkVersion,
  deriveProfile,
  isCheckTemplateCode,
  ratingsToLetters,
  rederive,
  type AssessmentAnswers,
} from '@bs/domain';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { MatchIndexWriter } from './match-index.writer';
import { ProfileEntryEntity } from './profile-entry.entity';
import { ProfileStore, toEntryState } from './profile.store';

interface CompletedAssessmentRow {
  id: string;
  organisation_id: string;
  kind: string;
  template: string;
  version: number;
  answers: AssessmentAnswers;
  completed_at: Date;
}

/**
 * Turns completed checks into profiles. It consumes `AssessmentCompleted` from the outbox:
 * the derivation, the profile entries and the match index are written in the event's own
 * transaction together with its "processed" mark, so a derivation is never lost or
 * half-applied (a failure leaves the event pending and it is retried).
 */
@Injectable()
export class ProfileDerivationService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(ProfileDerivationService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEventsService,
    private readonly store: ProfileStore,
    private readonly index: MatchIndexWriter,
  ) {}

  onModuleInit(): void {
    this.events.subscribe('AssessmentCompleted', (event, manager) =>
      this.deriveFromAssessment(manager, event.payload.assessmentId),
    );
  }

  /**
   * A database from before profiles existed has completed checks but no profiles: announce
   * the latest completed check of each organisation once, so the outbox derives them. Costs
   * one cheap query on every later start.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.dataSource.isInitialized) return;
    const queued = await this.dataSource.transaction(async (manager) => {
      await manager.query(`LOCK TABLE profile IN SHARE ROW EXCLUSIVE MODE`);
      const [{ any }] = await manager.query<[{ any: boolean }]>(
        `SELECT EXISTS (SELECT 1 FROM profile) AS any`,
      );
      if (any) return 0;
      const rows = await manager.query<unknown[]>(
        `INSERT INTO domain_event (type, payload)
         SELECT 'AssessmentCompleted', jsonb_build_object('assessmentId', a.id,
                'organisationId', a.organisation_id, 'template', a.template, 'version', a.version)
           FROM (SELECT DISTINCT ON (organisation_id) id, organisation_id, template, version
                   FROM assessment WHERE status = 'COMPLETED'
                  ORDER BY organisation_id, completed_at DESC) a
          WHERE NOT EXISTS (SELECT 1 FROM domain_event e
                             WHERE e.type = 'AssessmentCompleted' AND e.processed_at IS NULL
                               AND e.payload->>'assessmentId' = a.id::text)
         RETURNING id`,
      );
      return rows.length;
    });
    if (queued > 0) {
      this.logger.log({ queued }, 'Deriving profiles from completed checks');
      await this.events.dispatch();
    }
  }

  /**
   * Rederives the organisation's profile from a completed assessment, inside `manager`'s
   * transaction. An assessment older than the one the profile already came from changes
   * nothing (events of the same organisation can arrive out of order across instances).
   */
  async deriveFromAssessment(manager: EntityManager, assessmentId: string): Promise<void> {
    const [assessment] = await manager.query<CompletedAssessmentRow[]>(
      `SELECT a.id, a.organisation_id, o.kind, a.template, a.version, a.answers, a.completed_at
         FROM assessment a JOIN organisation o ON o.id = a.organisation_id
        WHERE a.id = $1 AND a.status = 'COMPLETED'`,
      [assessmentId],
    );
    // Deleted in between (with its organisation): nothing to derive.
    if (!assessment || (assessment.kind !== 'ZO' && assessment.kind !== 'KMU')) return;
    if (!isCheckTemplateCode(assessment.template)) {
      throw new Error(`Assessment ${assessment.id} has an unknown template`);
    }
    const version = checkVersion(assessment.template, assessment.version);
    if (!version) {
      throw new Error(
        `Assessment ${assessment.id}: no catalogue ${assessment.template}@${assessment.version}`,
      );
    }

    const profile = await this.store.lockProfile(manager, assessment.organisation_id);
    if (profile.assessmentId && profile.assessmentId !== assessment.id) {
      const [current] = await manager.query<{ completed_at: Date }[]>(
        `SELECT completed_at FROM assessment WHERE id = $1`,
        [profile.assessmentId],
      );
      if (current && current.completed_at > assessment.completed_at) return;
    }

    const derived = deriveProfile(version, assessment.answers);
    const existing = await manager.findBy(ProfileEntryEntity, {
      organisationId: assessment.organisation_id,
    });
    const plan = rederive(existing.map(toEntryState), derived.items);
    await this.store.writeEntries(manager, assessment.organisation_id, plan.entries, plan.removed);

    profile.assessmentId = assessment.id;
    profile.checkTemplate = assessment.template;
    profile.checkVersion = assessment.version;
    profile.derivedAt = new Date();
    profile.ratings = ratingsToLetters(derived.readiness.ratings);
    profile.readiness = derived.readiness.score;
    profile.lastChanges = plan.changes.map((c) => ({
      category: c.category,
      code: c.code,
      direction: c.direction,
      change: c.change,
      effective: c.effective,
    }));
    profile.version += 1;
    await manager.save(profile);
    await this.index.refresh(manager, [assessment.organisation_id]);
  }
}
