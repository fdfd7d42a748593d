import { AccessModule } from '@bs/api/access';
import { Module } from '@nestjs/common';
import { AssessmentResolver } from './assessment.resolver';
import { AssessmentService } from './assessment.service';
import { BenchmarkService } from './benchmark.service';
import { MeasureService } from './measure.service';
import { ReportService } from './report/report.service';

@Module({
  imports: [AccessModule],
  providers: [
    AssessmentService,
    MeasureService,
    BenchmarkService,
    ReportService,
    AssessmentResolver,
  ],
  exports: [AssessmentService],
})
export class ChecksModule {}
