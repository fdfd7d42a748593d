export * from './domain-event.entity';
export * from './domain-events';
export * from './domain-events.service';
export * from './events.module';
