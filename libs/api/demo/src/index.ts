export * from './demo-organisations';
export * from './demo-seed';
export * from './demo-users';
