import {
  AuditLogEntity,
  ConsultantGrantEntity,
  IntermediaryDistrictEntity,
  InvitationEntity,
  MembershipEntity,
} from '@bs/api/access';
import { SERVER_SESSION_OPTIONS } from '@bs/api/database';
import { UserEntity, UserSessionEntity, UserTokenEntity } from '@bs/api/accounts';
import { AssessmentEntity, MeasureEntity } from '@bs/api/checks';
import { DomainEventEntity } from '@bs/api/events';
import { MapGenerationEntity, MapPointEntity, MapTextEntity } from '@bs/api/map';
import { MatchExclusionEntity } from '@bs/api/matching';
import { OrganisationEntity } from '@bs/api/organisations';
import {
  MatchProfileEntity,
  MatchTopicEntity,
  ProfileEntity,
  ProfileEntryEntity,
} from '@bs/api/profiles';
import { geodataEntities } from '@bs/api/regions';
import { migrations } from '@bs/migrations';
import type { DataSourceOptions, Logger } from 'typeorm';

/** Every entity of the application. */
export const entities = [
  OrganisationEntity,
  ...geodataEntities,
  UserEntity,
  UserSessionEntity,
  UserTokenEntity,
  MembershipEntity,
  InvitationEntity,
  ConsultantGrantEntity,
  IntermediaryDistrictEntity,
  AuditLogEntity,
  AssessmentEntity,
  MeasureEntity,
  DomainEventEntity,
  ProfileEntity,
  ProfileEntryEntity,
  MatchProfileEntity,
  MatchTopicEntity,
  MapPointEntity,
  MapTextEntity,
  MapGenerationEntity,
  MatchExclusionEntity,
];

/**
 * The one data source configuration, used by the application and the migration CLI.
 * Schema changes only ever come from migrations in `migrations/`.
 */
export function dataSourceOptions(options: {
  url: string;
  poolSize: number;
  /** The embedded PGlite (no session settings) rather than a PostgreSQL server. */
  embedded: boolean;
  logger?: Logger;
}): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // The first migration creates PostGIS; TypeORM must not try on its own.
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    logger: options.logger,
    logging: ['error', 'warn', 'migration'],
    maxQueryExecutionTime: 1_000,
    extra: {
      max: options.poolSize,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      ...(options.embedded ? {} : { options: SERVER_SESSION_OPTIONS }),
    },
  };
}
