import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '@bs/api/access';
import { AssessmentService } from './assessment.service';
import type { RatingBenchmark } from './models/assessment.model';

/** A benchmark is shown only when at least this many organisations contribute. */
export const BENCHMARK_MIN_ORGANISATIONS = 5;

export type BenchmarkScope = 'LAND' | 'DISTRICT';

/**
 * Anonymous regional comparison: per checkpoint, how the latest completed checks of the same
 * kind in the same Land or district are rated. Never below five organisations.
 */
@Injectable()
export class BenchmarkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assessments: AssessmentService,
  ) {}

  async benchmark(
    actor: Actor,
    assessmentId: string,
    scope: BenchmarkScope,
  ): Promise<RatingBenchmark | null> {
    const assessment = await this.assessments.load(actor, assessmentId, 'assessment.read');
    const column = scope === 'LAND' ? 'land_key' : 'district_key';
    const regionTable = scope === 'LAND' ? 'land' : 'district';
    const [region] = await this.dataSource.query<{ key: string | null; name: string | null }[]>(
      `SELECT o.${column} AS key, r.name FROM organisation o
         LEFT JOIN ${regionTable} r ON r.key = o.${column} WHERE o.id = $1`,
      [assessment.organisationId],
    );
    if (!region?.key || !region.name) return null;
    const rows = await this.dataSource.query<
      { number: number; red: number; yellow: number; green: number; organisations: number }[]
    >(
      `WITH latest AS (
         SELECT DISTINCT ON (a.organisation_id) a.organisation_id, a.answers
           FROM assessment a JOIN organisation o ON o.id = a.organisation_id
          WHERE a.status = 'COMPLETED' AND a.template = $1 AND o.${column} = $2
          ORDER BY a.organisation_id, a.completed_at DESC
       )
       SELECT (cp->>'number')::int AS number,
              count(*) FILTER (WHERE cp->>'rating' = 'RED')::int AS red,
              count(*) FILTER (WHERE cp->>'rating' = 'YELLOW')::int AS yellow,
              count(*) FILTER (WHERE cp->>'rating' = 'GREEN')::int AS green,
              (SELECT count(*) FROM latest)::int AS organisations
         FROM latest, jsonb_array_elements(latest.answers->'checkpoints') AS cp
        GROUP BY 1 ORDER BY 1`,
      [assessment.template, region.key],
    );
    const organisations = rows[0]?.organisations ?? 0;
    if (organisations < BENCHMARK_MIN_ORGANISATIONS) return null;
    return {
      scope,
      regionKey: region.key.trim(),
      regionName: region.name,
      organisations,
      checkpoints: rows.map(({ number, red, yellow, green }) => ({ number, red, yellow, green })),
    };
  }
}
