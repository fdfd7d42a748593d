export * from './match-index.entity';
export * from './match-index.writer';
export * from './profile-entry.entity';
export * from './profile.entity';
export * from './profile.service';
export * from './profiles.module';
