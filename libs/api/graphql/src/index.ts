export * from './api-error';
export * from './format-error';
export * from './validation';
