export * from './match-index.entity';
export * from './profile-entry.entity';
export * from './profile.entity';
export * from './match-index.writer';
