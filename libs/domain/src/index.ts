export * from './access/policy';
export * from './access/roles';
export * from './checks';
export * from './geo/bounds';
export * from './organisations/organisation-attributes';
export * from './organisations/organisation-kind';
export * from './taxonomy';
