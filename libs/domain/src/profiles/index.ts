export * from './adjust-profile';
export * from './derive-profile';
export * from './profile-problems';
export * from './profile-types';
export * from './readiness';
export * from './visibility';
