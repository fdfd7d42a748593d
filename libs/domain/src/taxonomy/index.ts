export * from './exit-criteria';
export * from './kinds';
export * from './quality';
export * from './themes';
export * from './topics';
