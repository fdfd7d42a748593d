export * from './marker-size';
