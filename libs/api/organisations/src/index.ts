export * from './models/membership.model';
export * from './models/organisation-enums';
export * from './models/organisation.model';
export * from './organisation.entity';
export * from './organisation.module';
export * from './organisation.service';
export * from './membership.service';
