import 'reflect-metadata';
import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import {
  MailService,
  NotificationsModule,
  startTestMailServer,
  type TestMailServer,
} from '@bs/api/notifications';
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { GraphQLError } from 'graphql';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountsModule } from './accounts.module';
import { AccountsService } from './accounts.service';
import type { SignUpInput } from './dto/sign-up.input';
import { hashToken } from './one-time-token';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './session.service';
import { UserSessionEntity } from './user-session.entity';
import { UserTokenEntity } from './user-token.entity';
import { UserEntity } from './user.entity';

const PASSWORD = 'Kaffee mit Milch 2x';
const HOUR = 60 * 60 * 1000;

/** The error code and message key of a typed API error. */
async function failure(promise: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return (error as GraphQLError).extensions;
  }
  throw new Error('expected the call to fail');
}

describe('AccountsService (database and SMTP)', () => {
  let db: TestDatabase;
  let smtp: TestMailServer;
  let app: INestApplicationContext;
  let accounts: AccountsService;
  let sessions: SessionService;
  let dataSource: DataSource;

  /** A fresh address per test: tests never share accounts. */
  const newEmail = (name = 'erika') => `${name}.${randomBytes(4).toString('hex')}@example.org`;
  const signUp = (overrides: Partial<SignUpInput> = {}) =>
    accounts.signUp({
      email: newEmail(),
      password: PASSWORD,
      displayName: 'Erika Muster',
      locale: 'de',
      ...overrides,
    });

  beforeAll(async () => {
    [db, smtp] = await Promise.all([startTestDatabase(), startTestMailServer()]);
    const moduleRef = await Test.createTestingModule({
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: db.url,
          entities: [UserEntity, UserSessionEntity, UserTokenEntity],
          installExtensions: false,
          extra: { max: 3 },
        }),
        NotificationsModule.register({
          smtpUrl: smtp.url,
          mailFrom: 'Brückenschlag <no-reply@brueckenschlag.local>',
          publicUrl: 'https://bs.example',
          production: false,
        }),
        AccountsModule.register({
          publicUrl: 'https://bs.example',
          trustedOrigins: [],
          secureCookies: true,
          rateLimits: {
            logIn: { limit: 100, ttlSeconds: 60 },
            signUp: { limit: 100, ttlSeconds: 60 },
            passwordReset: { limit: 100, ttlSeconds: 60 },
          },
        }),
      ],
    }).compile();
    app = await moduleRef.init();
    accounts = app.get(AccountsService);
    sessions = app.get(SessionService);
    dataSource = app.get(DataSource);
  });
  afterAll(async () => {
    await app?.close();
    await Promise.all([smtp?.stop(), db?.stop()]);
  });

  it('signs up, mails a German link, stores only its hash, verifies, logs in and out', async () => {
    const email = newEmail();
    const viewer = await signUp({ email });
    expect(viewer).toMatchObject({
      email,
      emailVerified: false,
      locale: 'de',
      platformRole: 'USER',
    });

    const mail = await smtp.waitForMail(email);
    expect(mail.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
    expect(mail.htmlLang).toBe('de');
    expect(mail.text).toContain('Guten Tag Erika Muster,');
    expect(mail.link).toMatch(/^https:\/\/bs\.example\/account\/verify-email\?token=/);
    const token = mail.token!;

    const stored = await dataSource.query<{ token_hash: string; purpose: string }[]>(
      `SELECT token_hash, purpose FROM user_token WHERE user_id = $1`,
      [viewer.id],
    );
    expect(stored).toEqual([{ token_hash: hashToken(token), purpose: 'VERIFY_EMAIL' }]);
    const [user] = await dataSource.query<{ password_hash: string }[]>(
      `SELECT password_hash FROM app_user WHERE id = $1`,
      [viewer.id],
    );
    expect(user?.password_hash).toMatch(/^\$argon2id\$/);

    // Log-in works before verification; the viewer says it is not verified yet.
    const early = await accounts.logIn({ email, password: PASSWORD }, {});
    expect(early.viewer.emailVerified).toBe(false);

    await accounts.verifyEmail(token);
    expect((await accounts.viewer(viewer.id))?.emailVerified).toBe(true);
    expect(await failure(accounts.verifyEmail(token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'accounts.tokenInvalid',
    });

    const { session } = await accounts.logIn(
      { email: email.toUpperCase(), password: PASSWORD },
      { userAgent: 'vitest', previousSessionId: early.session.sessionId },
    );
    // The session of the earlier log-in was replaced, not kept.
    expect(await sessions.resolve(early.session.token)).toBeNull();
    expect((await sessions.resolve(session.token))?.session).toEqual({
      userId: viewer.id,
      sessionId: session.sessionId,
      platformRole: 'USER',
      emailVerified: true,
    });
    const rows = await dataSource.query<{ token_hash: string; user_agent: string }[]>(
      `SELECT token_hash, user_agent FROM user_session WHERE user_id = $1`,
      [viewer.id],
    );
    expect(rows).toEqual([{ token_hash: hashToken(session.token), user_agent: 'vitest' }]);

    await accounts.logOut(session.sessionId);
    expect(await sessions.resolve(session.token)).toBeNull();
  });

  it('writes to users with locale en in English', async () => {
    const email = newEmail('john');
    await signUp({ email, displayName: 'John Doe', locale: 'en' });
    const mail = await smtp.waitForMail(email);
    expect(mail.subject).toBe('Please confirm your email address');
    expect(mail.htmlLang).toBe('en');
    expect(mail.text).toContain('Hello John Doe,');
    expect(mail.text).toContain('valid for 48 hours');
  });

  it('refuses an email that is taken in another case, and keeps the first account', async () => {
    const email = newEmail();
    const first = await signUp({ email });
    expect(await failure(signUp({ email: email.toUpperCase() }))).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'accounts.emailTaken',
      fields: [{ field: 'email', messageKey: 'accounts.emailTaken' }],
    });
    const rows = await dataSource.query<{ id: string }[]>(
      `SELECT id FROM app_user WHERE lower(email) = lower($1)`,
      [email],
    );
    expect(rows).toEqual([{ id: first.id }]);
    expect(smtp.mailsTo(email)).toHaveLength(1);
  });

  it('lets the database refuse a duplicate email in any case (unique lower(email))', async () => {
    const email = newEmail();
    await signUp({ email });
    await expect(
      dataSource.query(
        `INSERT INTO app_user (email, password_hash, display_name) VALUES ($1, 'x', 'X')`,
        [email.toUpperCase()],
      ),
    ).rejects.toThrow(/app_user_email_key/);
  });

  it('answers tokenExpired for a verification link older than 48 hours', async () => {
    const email = newEmail();
    await signUp({ email });
    const { token } = await smtp.waitForMail(email);
    expect(
      await failure(accounts.verifyEmail(token!, new Date(Date.now() + 48 * HOUR + 1000))),
    ).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'accounts.tokenExpired' });
    // Still valid within the 48 hours.
    await accounts.verifyEmail(token!, new Date(Date.now() + 47 * HOUR));
  });

  it('invalidates an earlier verification link when a new one is sent', async () => {
    const email = newEmail();
    const viewer = await signUp({ email });
    const first = (await smtp.waitForMail(email, 1)).token!;
    await accounts.resendVerification(viewer.id);
    const second = (await smtp.waitForMail(email, 2)).token!;
    expect(await failure(accounts.verifyEmail(first))).toMatchObject({
      messageKey: 'accounts.tokenInvalid',
    });
    await accounts.verifyEmail(second);
    expect(await failure(accounts.resendVerification(viewer.id))).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'accounts.emailAlreadyVerified',
    });
  });

  it('refuses unknown emails and wrong passwords with the same error', async () => {
    const email = newEmail();
    await signUp({ email });
    const unknown = await failure(
      accounts.logIn({ email: newEmail('nobody'), password: PASSWORD }, {}),
    );
    const wrong = await failure(accounts.logIn({ email, password: `${PASSWORD}!` }, {}));
    expect(unknown).toEqual(wrong);
    expect(wrong).toMatchObject({
      code: 'UNAUTHENTICATED',
      messageKey: 'accounts.invalidCredentials',
    });
  });

  it('resets the password by mail, signs out everywhere, and refuses the link a second time', async () => {
    const email = newEmail();
    const viewer = await signUp({ email });
    const laptop = await accounts.logIn({ email, password: PASSWORD }, { userAgent: 'laptop' });
    const phone = await accounts.logIn({ email, password: PASSWORD }, { userAgent: 'phone' });

    await accounts.requestPasswordReset(email.toUpperCase());
    const mail = await smtp.waitForMail(email, 2);
    expect(mail.subject).toBe('Ihr Passwort bei Brückenschlag zurücksetzen');
    expect(mail.link).toMatch(/^https:\/\/bs\.example\/account\/reset-password\?token=/);

    // A weak new password is refused and leaves the link usable: nothing half-saved.
    expect(
      await failure(accounts.resetPassword(mail.token!, `${email.split('@')[0]}-1234`)),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'newPassword', messageKey: 'accounts.passwordContainsEmail' }],
    });
    expect(await sessions.resolve(laptop.session.token)).not.toBeNull();

    const newPassword = 'Tee ohne Zucker 3x';
    await accounts.resetPassword(mail.token!, newPassword);
    expect(await sessions.resolve(laptop.session.token)).toBeNull();
    expect(await sessions.resolve(phone.session.token)).toBeNull();
    expect(await failure(accounts.logIn({ email, password: PASSWORD }, {}))).toMatchObject({
      messageKey: 'accounts.invalidCredentials',
    });
    const after = await accounts.logIn({ email, password: newPassword }, {});
    // The link came by mail: the address counts as confirmed.
    expect(after.viewer).toMatchObject({ id: viewer.id, emailVerified: true });
    expect(
      await failure(accounts.resetPassword(mail.token!, 'Noch ein Passwort 4x')),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'accounts.tokenInvalid',
    });
  });

  it('lets a reset link expire after one hour', async () => {
    const email = newEmail();
    await signUp({ email });
    await accounts.requestPasswordReset(email);
    const { token } = await smtp.waitForMail(email, 2);
    expect(
      await failure(
        accounts.resetPassword(token!, 'Tee ohne Zucker 3x', new Date(Date.now() + HOUR + 1000)),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'accounts.tokenExpired' });
  });

  it('mails nobody when the email has no account, and says so to no one', async () => {
    const email = newEmail('ghost');
    await expect(accounts.requestPasswordReset(email)).resolves.toBeUndefined();
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.mailsTo(email)).toEqual([]);
  });

  it('saves nothing when the verification mail cannot be sent', async () => {
    const unreachable = new MailService({
      smtpUrl: 'smtp://127.0.0.1:9',
      mailFrom: 'no-reply@brueckenschlag.local',
      publicUrl: 'https://bs.example',
      production: false,
    });
    const broken = new AccountsService(dataSource, sessions, new PasswordHasher(), unreachable);
    const email = newEmail();
    try {
      await expect(
        broken.signUp({ email, password: PASSWORD, displayName: 'Erika', locale: 'de' }),
      ).rejects.toThrow();
    } finally {
      unreachable.onModuleDestroy();
    }
    const rows = await dataSource.query<unknown[]>(
      `SELECT 1 FROM app_user WHERE lower(email) = lower($1)`,
      [email],
    );
    expect(rows).toEqual([]);
    // The address is free for a second attempt once mail works again.
    await signUp({ email });
  });

  it('changes the language of the account', async () => {
    const viewer = await signUp();
    expect(await accounts.changeLocale(viewer.id, 'en')).toMatchObject({ locale: 'en' });
    expect((await accounts.viewer(viewer.id))?.locale).toBe('en');
  });

  it('slides the session expiry when the session was last seen over an hour ago', async () => {
    const email = newEmail();
    await signUp({ email });
    const { session } = await accounts.logIn({ email, password: PASSWORD }, {});
    expect((await sessions.resolve(session.token))?.renewedUntil).toBeUndefined();
    const later = new Date(Date.now() + 2 * HOUR);
    const renewed = await sessions.resolve(session.token, later);
    expect(renewed?.renewedUntil?.getTime()).toBe(later.getTime() + 30 * 24 * HOUR);
    // After 30 days without use the session is gone.
    const muchLater = new Date(later.getTime() + 30 * 24 * HOUR + 1000);
    expect(await sessions.resolve(session.token, muchLater)).toBeNull();
  });
});
