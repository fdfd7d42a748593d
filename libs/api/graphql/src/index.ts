export * from './api-error';
export * from './format-error';
export * from './protection';
export * from './validation';
export * from './localized-text.model';
