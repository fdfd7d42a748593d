export * from './geo/bounds';
export * from './organisations/organisation-kind';
