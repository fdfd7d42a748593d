import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { AccountsModule } from '@bs/api/accounts';
import { TypeOrmStructuredLogger } from '@bs/api/database';
import { formatGraphQLError, graphqlProtection } from '@bs/api/graphql';
import { NotificationsModule } from '@bs/api/notifications';
import { ChecksModule } from '@bs/api/checks';
import { EventsModule } from '@bs/api/events';
import { MapModule } from '@bs/api/map';
import { MatchingModule } from '@bs/api/matching';
import { OrganisationModule } from '@bs/api/organisations';
import { PrivacyModule } from '@bs/api/privacy';
import { ProfilesModule } from '@bs/api/profiles';
import { RegionsModule } from '@bs/api/regions';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import type { AppConfig } from './config';
import { dataSourceOptions } from './data-source';
import { HealthController } from './health/health.controller';

export interface AppModuleOptions {
  config: AppConfig;
  logger: Logger;
  /** Connection URL of the (already reachable) database. */
  databaseUrl: string;
  /** Whether it is the embedded PGlite (default) rather than a PostgreSQL server. */
  embeddedDatabase?: boolean;
  /** Write the sorted schema to this file (schema generation); the database is not touched. */
  schemaFile?: string;
}

@Module({})
export class AppModule {
  static register({
    config,
    logger,
    databaseUrl,
    embeddedDatabase = true,
    schemaFile,
  }: AppModuleOptions): DynamicModule {
    const serveWeb = existsSync(join(config.webDistDir, 'index.html'));
    const protection = graphqlProtection(config.production);
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            logger,
            autoLogging: { ignore: (req) => req.url === '/health' },
            quietReqLogger: true,
          },
        }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions({
            url: databaseUrl,
            poolSize: config.poolSize,
            embedded: embeddedDatabase,
            logger: new TypeOrmStructuredLogger(logger.child({ component: 'typeorm' })),
          }),
          migrationsRun: !schemaFile,
          manualInitialization: Boolean(schemaFile),
          retryAttempts: 3,
          retryDelay: 2_000,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: schemaFile ?? true,
          sortSchema: true,
          playground: false,
          introspection: !config.production,
          plugins: [
            ...protection.plugins,
            // No cache hints anywhere: without the plugin no field resolver is wrapped to
            // collect them (per field of every answer, measurable on the match list).
            ApolloServerPluginCacheControlDisabled(),
            // Production: no landing page at all (Apollo's default would be a static one).
            config.production
              ? ApolloServerPluginLandingPageDisabled()
              : ApolloServerPluginLandingPageLocalDefault(),
          ],
          validationRules: protection.validationRules,
          parseOptions: protection.parseOptions,
          allowBatchedHttpRequests: false,
          formatError: (formatted) => formatGraphQLError(formatted, config.production),
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
          // Refuses requests a browser sends cross-site without a preflight (see CsrfGuard too).
          csrfPrevention: true,
        }),
        TerminusModule.forRoot({ logger: false, errorLogStyle: 'json' }),
        ...(serveWeb
          ? [
              ServeStaticModule.forRoot({
                rootPath: config.webDistDir,
                exclude: ['/graphql', '/health', '/geo/{*path}'],
              }),
            ]
          : []),
        EventsModule,
        OrganisationModule,
        MapModule,
        ChecksModule,
        ProfilesModule,
        MatchingModule.register({
          perTopicLimit: config.matchCandidatesPerTopic,
          preparedStatements: config.preparedStatements,
        }),
        PrivacyModule,
        NotificationsModule.register({
          smtpUrl: config.smtpUrl,
          mailFrom: config.mailFrom,
          publicUrl: config.publicUrl,
          production: config.production,
        }),
        AccountsModule.register({
          publicUrl: config.publicUrl,
          trustedOrigins: config.trustedOrigins,
          secureCookies: config.production || config.publicUrl.startsWith('https:'),
          rateLimits: config.rateLimits,
          preparedStatements: config.preparedStatements,
        }),
        RegionsModule.register({
          geoDataDir: config.geoDataDir,
          tileUrl: config.tileUrl,
          tileAttribution: config.tileAttribution,
        }),
      ],
      controllers: [HealthController],
    };
  }
}
