export * from './assessment.entity';
export * from './assessment.service';
export * from './checks.module';
export * from './measure.entity';
export { RatingEnum } from './models/assessment.model';
