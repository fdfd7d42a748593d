export * from './map-point.entity';
export * from './map.module';
export * from './map-index.service';
export { seedSyntheticOrganisations, type SqlRun } from './testing/synthetic-organisations';
