export * from './models/organisation.model';
export * from './organisation.entity';
export * from './organisation.module';
export * from './organisation.service';
