export * from './match-exclusion.entity';
export * from './match.repository';
export * from './matching.errors';
export * from './matching.module';
export * from './matching.service';
export * from './models/match.model';
export * from './testing/random-profiles';
