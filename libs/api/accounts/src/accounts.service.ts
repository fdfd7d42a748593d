import { MailService, type Locale } from '@bs/api/notifications';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import {
  EmailAlreadyVerifiedError,
  EmailTakenError,
  InvalidCredentialsError,
  TokenExpiredError,
  TokenInvalidError,
  WeakPasswordError,
} from './accounts.errors';
import type { LogInInput } from './dto/log-in.input';
import type { SignUpInput } from './dto/sign-up.input';
import type { Viewer } from './models/viewer.model';
import {
  hashToken,
  looksLikeToken,
  newSecretToken,
  TOKEN_LIFETIME_MS,
  tokenState,
  type TokenPurpose,
} from './one-time-token';
import { PasswordHasher } from './password-hasher';
import { passwordProblems } from './password-policy';
import { SessionService, type NewSession } from './session.service';
import { UserSessionEntity } from './user-session.entity';
import { UserTokenEntity } from './user-token.entity';
import { UserEntity } from './user.entity';

export function toViewer(user: UserEntity): Viewer {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale,
    emailVerified: user.emailVerifiedAt !== null,
    platformRole: user.platformRole,
  };
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === constraint;
}

export interface LogInResult {
  viewer: Viewer;
  session: NewSession;
}

/**
 * Accounts: sign-up with a mailed verification link, log-in and log-out with sessions,
 * password reset by mail, and the user's language. Changes and the mail they send happen
 * in one transaction: when the mail cannot be handed to the server, nothing is saved.
 */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly hasher: PasswordHasher,
    private readonly mail: MailService,
  ) {}

  private findByEmail(email: string, manager = this.dataSource.manager) {
    return manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email: email.trim() })
      .getOne();
  }

  /** Whether `password` is the user's password (to confirm destructive actions). */
  async verifyPassword(userId: string, password: string): Promise<boolean> {
    const user = await this.dataSource.manager.findOneBy(UserEntity, { id: userId });
    if (!user) {
      await this.hasher.verifyDummy(password);
      return false;
    }
    return this.hasher.verify(user.passwordHash, password);
  }

  /** Creates an unverified account and mails the verification link. No session is started. */
  async signUp(input: SignUpInput): Promise<Viewer> {
    if (await this.findByEmail(input.email)) throw new EmailTakenError();
    const passwordHash = await this.hasher.hash(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const user = await manager.getRepository(UserEntity).save(
          manager.getRepository(UserEntity).create({
            email: input.email,
            passwordHash,
            displayName: input.displayName,
            locale: input.locale,
          }),
        );
        await this.mailToken(manager, user, 'VERIFY_EMAIL');
        return toViewer(user);
      });
    } catch (error) {
      // Two sign-ups with the same address at once: the unique index decides.
      if (isUniqueViolation(error, 'app_user_email_key')) throw new EmailTakenError();
      throw error;
    }
  }

  /** Confirms the email address of the token's account. */
  async verifyEmail(token: string, now = new Date()): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const used = await this.useToken(manager, token, 'VERIFY_EMAIL', now);
      await manager
        .getRepository(UserEntity)
        .update({ id: used.userId, emailVerifiedAt: IsNull() }, { emailVerifiedAt: now });
    });
  }

  /** Mails a new verification link; earlier links stop working. */
  async resendVerification(userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(UserEntity).findOneByOrFail({ id: userId });
      if (user.emailVerifiedAt) throw new EmailAlreadyVerifiedError();
      await this.mailToken(manager, user, 'VERIFY_EMAIL');
    });
  }

  /**
   * Checks the credentials and starts a new session (replacing `previousSessionId`, so a
   * session id never survives a log-in). Unknown email and wrong password fail alike and
   * take about the same time.
   */
  async logIn(
    input: LogInInput,
    client: { userAgent?: string; previousSessionId?: string },
  ): Promise<LogInResult> {
    const user = await this.findByEmail(input.email);
    if (!user) {
      await this.hasher.verifyDummy(input.password);
      throw new InvalidCredentialsError();
    }
    if (!(await this.hasher.verify(user.passwordHash, input.password))) {
      throw new InvalidCredentialsError();
    }
    if (this.hasher.needsRehash(user.passwordHash)) {
      const passwordHash = await this.hasher.hash(input.password);
      await this.dataSource.getRepository(UserEntity).update({ id: user.id }, { passwordHash });
    }
    if (client.previousSessionId) await this.sessions.delete(client.previousSessionId);
    await this.sessions.deleteExpiredOf(user.id);
    const session = await this.sessions.create(user.id, client.userAgent);
    return { viewer: toViewer(user), session };
  }

  async logOut(sessionId: string | undefined): Promise<void> {
    if (sessionId) await this.sessions.delete(sessionId);
  }

  /**
   * Mails a password reset link when an account has this email; says nothing about whether
   * one does. Earlier reset links stop working.
   */
  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.findByEmail(email);
    if (!user) return;
    await this.dataSource.transaction((manager) => this.mailToken(manager, user, 'RESET_PASSWORD'));
  }

  /**
   * Sets a new password with a reset token and signs the user out everywhere. The link came
   * by mail, so the address counts as confirmed too.
   */
  async resetPassword(token: string, newPassword: string, now = new Date()): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const used = await this.useToken(manager, token, 'RESET_PASSWORD', now);
      const users = manager.getRepository(UserEntity);
      const user = await users.findOneByOrFail({ id: used.userId });
      const [problem] = passwordProblems(newPassword, user.email);
      if (problem) throw new WeakPasswordError('newPassword', problem);
      await users.update(
        { id: user.id },
        {
          passwordHash: await this.hasher.hash(newPassword),
          emailVerifiedAt: user.emailVerifiedAt ?? now,
        },
      );
      await manager.getRepository(UserSessionEntity).delete({ userId: user.id });
      await manager
        .getRepository(UserTokenEntity)
        .delete({ userId: user.id, purpose: 'RESET_PASSWORD', usedAt: IsNull() });
    });
  }

  async changeLocale(userId: string, locale: Locale): Promise<Viewer> {
    const users = this.dataSource.getRepository(UserEntity);
    await users.update({ id: userId }, { locale });
    return toViewer(await users.findOneByOrFail({ id: userId }));
  }

  /** The account of a signed-in user; null when it no longer exists. */
  async viewer(userId: string): Promise<Viewer | null> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: userId });
    return user ? toViewer(user) : null;
  }

  /** Replaces the user's unused tokens of this purpose with a new one and mails its link. */
  private async mailToken(
    manager: EntityManager,
    user: UserEntity,
    purpose: TokenPurpose,
    now = new Date(),
  ): Promise<void> {
    const tokens = manager.getRepository(UserTokenEntity);
    await tokens.delete({ userId: user.id, purpose, usedAt: IsNull() });
    const token = newSecretToken();
    await tokens.insert({
      userId: user.id,
      purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
    });
    const to = { address: user.email, name: user.displayName };
    const lifetimeMinutes = TOKEN_LIFETIME_MS[purpose] / 60_000;
    if (purpose === 'VERIFY_EMAIL') {
      await this.mail.send(to, 'verifyEmail', user.locale, {
        displayName: user.displayName,
        token,
        validHours: lifetimeMinutes / 60,
      });
    } else {
      await this.mail.send(to, 'resetPassword', user.locale, {
        displayName: user.displayName,
        token,
        validMinutes: lifetimeMinutes,
      });
    }
  }

  /** Marks a valid token as used (once, even under concurrency) or throws why it is not valid. */
  private async useToken(
    manager: EntityManager,
    token: string,
    purpose: TokenPurpose,
    now: Date,
  ): Promise<UserTokenEntity> {
    if (!looksLikeToken(token)) throw new TokenInvalidError();
    const tokens = manager.getRepository(UserTokenEntity);
    const found = await tokens.findOne({
      where: { tokenHash: hashToken(token), purpose },
      lock: { mode: 'pessimistic_write' },
    });
    const state = tokenState(found, now);
    if (state === 'expired') throw new TokenExpiredError();
    if (state === 'invalid' || !found) throw new TokenInvalidError();
    await tokens.update({ id: found.id }, { usedAt: now });
    return found;
  }
}
