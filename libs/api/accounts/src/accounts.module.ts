import {
  Module,
  RequestMethod,
  type DynamicModule,
  type MiddlewareConsumer,
  type NestModule,
} from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ACCOUNTS_OPTIONS, type AccountsOptions } from './accounts.options';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { CsrfGuard } from './csrf.guard';
import { PasswordHasher } from './password-hasher';
import { RateLimitGuard, rateLimitThrottlers } from './rate-limit.guard';
import { SessionMiddleware } from './session.middleware';
import { SessionService } from './session.service';
import { UserSessionEntity } from './user-session.entity';
import { UserTokenEntity } from './user-token.entity';
import { UserEntity } from './user.entity';

/**
 * Accounts and sessions. Needs `MailService` (NotificationsModule, global) and cookie-parser
 * mounted on the app. Resolves the session cookie of every GraphQL request and guards every
 * mutation against cross-site requests (`CsrfGuard`, global).
 */
@Module({})
export class AccountsModule implements NestModule {
  static register(options: AccountsOptions): DynamicModule {
    return {
      module: AccountsModule,
      // Other contexts (privacy) use AccountsService; it is configured once, here.
      global: true,
      imports: [
        TypeOrmModule.forFeature([UserEntity, UserSessionEntity, UserTokenEntity]),
        ThrottlerModule.forRoot({ throttlers: rateLimitThrottlers(options.rateLimits) }),
      ],
      providers: [
        { provide: ACCOUNTS_OPTIONS, useValue: options },
        { provide: APP_GUARD, useClass: CsrfGuard },
        AccountsService,
        AccountsResolver,
        PasswordHasher,
        RateLimitGuard,
        SessionService,
      ],
      exports: [AccountsService, SessionService],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.ALL });
  }
}
