import { CurrentViewer, type ViewerContext } from '@bs/api/accounts';
import { InvalidInputError } from '@bs/api/graphql';
import { isCheckTemplateCode } from '@bs/domain';
import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { toCatalogueModel } from './assessment.mapper';
import { AssessmentService } from './assessment.service';
import { BenchmarkService } from './benchmark.service';
import { AddMeasureInput, SaveAssessmentInput, UpdateMeasureInput } from './dto/assessment.inputs';
import { MeasureService } from './measure.service';
import { ReportService } from './report/report.service';
import {
  Assessment,
  CheckpointChange,
  DueReview,
  GeneratedFile,
  Measure,
  RatingBenchmark,
  SuggestedMeasure,
} from './models/assessment.model';
import { CheckCatalogue } from './models/check-catalogue.model';

const uuid = (field: string, messageKey: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError([{ field, messageKey }]) });
const assessmentId = () => uuid('assessmentId', 'checks.assessmentInvalidId');
const organisationId = () => uuid('organisationId', 'organisations.invalidId');

@Resolver()
export class AssessmentResolver {
  constructor(
    private readonly assessmentService: AssessmentService,
    private readonly measureService: MeasureService,
    private readonly benchmarkService: BenchmarkService,
    private readonly reportService: ReportService,
  ) {}

  @Query(() => CheckCatalogue, {
    description: 'A practice check catalogue (public): ZO_KMU or KMU_ZO, latest or a given version',
  })
  checkCatalogue(
    @Args('template') template: string,
    @Args('version', { type: () => Int, nullable: true }) version?: number,
  ): CheckCatalogue {
    if (!isCheckTemplateCode(template)) {
      throw new InvalidInputError([{ field: 'template', messageKey: 'checks.catalogueUnknown' }]);
    }
    return toCatalogueModel(this.assessmentService.catalogue(template, version ?? undefined));
  }

  @Query(() => [Assessment], { description: "An organisation's checks, newest first" })
  assessments(
    @CurrentViewer() viewer: ViewerContext,
    @Args('organisationId', { type: () => ID }, organisationId()) id: string,
  ): Promise<Assessment[]> {
    return this.assessmentService.list(viewer, id);
  }

  @Query(() => Assessment)
  assessment(
    @CurrentViewer() viewer: ViewerContext,
    @Args('id', { type: () => ID }, assessmentId()) id: string,
  ): Promise<Assessment> {
    return this.assessmentService.get(viewer, id);
  }

  @Query(() => [CheckpointChange], { description: 'Changes since the previous completed check' })
  assessmentChanges(
    @CurrentViewer() viewer: ViewerContext,
    @Args('assessmentId', { type: () => ID }, assessmentId()) id: string,
  ): Promise<CheckpointChange[]> {
    return this.assessmentService.changes(viewer, id);
  }

  @Query(() => [Measure], { description: 'The measures plan, in order' })
  measures(
    @CurrentViewer() viewer: ViewerContext,
    @Args('assessmentId', { type: () => ID }, assessmentId()) id: string,
  ): Promise<Measure[]> {
    return this.measureService.list(viewer, id);
  }

  @Query(() => [SuggestedMeasure], {
    description: 'Measures suggested from red, then yellow checkpoints (not yet planned)',
  })
  suggestedMeasures(
    @CurrentViewer() viewer: ViewerContext,
    @Args('assessmentId', { type: () => ID }, assessmentId()) id: string,
  ): Promise<SuggestedMeasure[]> {
    return this.measureService.suggestions(viewer, id);
  }

  @Query(() => [DueReview], { description: 'Measures whose review date has come' })
  dueMeasureReviews(
    @CurrentViewer() viewer: ViewerContext,
    @Args('organisationId', { type: () => ID }, organisationId()) id: string,
  ): Promise<DueReview[]> {
    return this.measureService.dueReviews(viewer, id);
  }

  @Query(() => RatingBenchmark, {
    nullable: true,
    description: 'Anonymous regional benchmark (null below five organisations)',
  })
  assessmentBenchmark(
    @CurrentViewer() viewer: ViewerContext,
    @Args('assessmentId', { type: () => ID }, assessmentId()) id: string,
    @Args('scope', { description: 'LAND or DISTRICT' }) scope: string,
  ): Promise<RatingBenchmark | null> {
    if (scope !== 'LAND' && scope !== 'DISTRICT') {
      throw new InvalidInputError([{ field: 'scope', messageKey: 'checks.benchmarkScope' }]);
    }
    return this.benchmarkService.benchmark(viewer, id, scope);
  }

  @Query(() => GeneratedFile, {
    description: 'Results and measures plan as a PDF (language: de or en)',
  })
  assessmentReport(
    @CurrentViewer() viewer: ViewerContext,
    @Args('assessmentId', { type: () => ID }, assessmentId()) id: string,
    @Args('language', { defaultValue: 'de' }) language: string,
  ): Promise<GeneratedFile> {
    if (language !== 'de' && language !== 'en') {
      throw new InvalidInputError([{ field: 'language', messageKey: 'checks.reportLanguage' }]);
    }
    return this.reportService.report(viewer, id, language);
  }

  @Mutation(() => Assessment, {
    description: "Start (or continue) the organisation's check; carries the last answers over",
  })
  startAssessment(
    @CurrentViewer() viewer: ViewerContext,
    @Args('organisationId', { type: () => ID }, organisationId()) id: string,
  ): Promise<Assessment> {
    return this.assessmentService.start(viewer, id);
  }

  @Mutation(() => Assessment, { description: 'Save changed checkpoints of a draft' })
  saveAssessment(
    @CurrentViewer() viewer: ViewerContext,
    @Args('input') input: SaveAssessmentInput,
  ): Promise<Assessment> {
    return this.assessmentService.save(viewer, input);
  }

  @Mutation(() => Assessment, { description: 'Complete a draft (every checkpoint rated)' })
  completeAssessment(
    @CurrentViewer() viewer: ViewerContext,
    @Args('assessmentId', { type: () => ID }, assessmentId()) id: string,
    @Args('revision', { type: () => Int }) revision: number,
  ): Promise<Assessment> {
    return this.assessmentService.complete(viewer, id, revision);
  }

  @Mutation(() => Measure)
  addMeasure(
    @CurrentViewer() viewer: ViewerContext,
    @Args('input') input: AddMeasureInput,
  ): Promise<Measure> {
    return this.measureService.add(viewer, input);
  }

  @Mutation(() => [Measure], { description: 'Add suggested measures to the end of the plan' })
  addSuggestedMeasures(
    @CurrentViewer() viewer: ViewerContext,
    @Args('assessmentId', { type: () => ID }, assessmentId()) id: string,
    @Args('exampleCodes', { type: () => [String] }) exampleCodes: string[],
  ): Promise<Measure[]> {
    return this.measureService.addSuggested(viewer, id, exampleCodes);
  }

  @Mutation(() => Measure)
  updateMeasure(
    @CurrentViewer() viewer: ViewerContext,
    @Args('input') input: UpdateMeasureInput,
  ): Promise<Measure> {
    return this.measureService.update(viewer, input);
  }

  @Mutation(() => Boolean)
  deleteMeasure(
    @CurrentViewer() viewer: ViewerContext,
    @Args('id', { type: () => ID }, uuid('id', 'measures.invalidId')) id: string,
  ): Promise<boolean> {
    return this.measureService.delete(viewer, id);
  }

  @Mutation(() => [Measure], { description: 'Put the plan in this order (all its row ids)' })
  reorderMeasures(
    @CurrentViewer() viewer: ViewerContext,
    @Args('assessmentId', { type: () => ID }, assessmentId()) id: string,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<Measure[]> {
    return this.measureService.reorder(viewer, id, ids);
  }
}
