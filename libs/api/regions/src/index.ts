export * from './regions.module';
export type { RegionsOptions } from './regions.options';
