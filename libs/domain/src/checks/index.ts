export * from './assessment';
export * from './check-types';
export * from './compare-assessments';
export * from './deep-freeze';
export * from './measures';
export * from './ratings';
export * from './registry';
export * from './templates';
