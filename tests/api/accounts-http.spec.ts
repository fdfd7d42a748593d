import { randomBytes } from 'node:crypto';
import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import { startTestMailServer, type TestMailServer } from '@bs/api/notifications';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseEnv, startApi, type ApiProcess } from '../support/api-process';

interface Reply {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  setCookies: string[];
}

const PASSWORD = 'Kaffee mit Milch 2x';
const LOG_IN = `mutation ($input: LogInInput!) { logIn(input: $input) { id email emailVerified } }`;
const VIEWER = `{ viewer { id email displayName locale emailVerified platformRole } }`;

describe('accounts over HTTP', () => {
  let db: TestDatabase;
  let smtp: TestMailServer;
  let api: ApiProcess;

  /** POSTs a GraphQL operation as a browser would, with an optional session cookie. */
  async function post(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<Reply> {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      body: (await response.json()) as Reply['body'],
      setCookies: response.headers.getSetCookie(),
    };
  }

  const sessionCookie = (reply: Reply) => reply.setCookies.find((c) => c.startsWith('bs_session='));
  const cookieHeader = (setCookie: string) => ({ cookie: setCookie.split(';')[0] });
  const newEmail = (name: string) => `${name}.${randomBytes(4).toString('hex')}@example.org`;

  beforeAll(async () => {
    [db, smtp] = await Promise.all([startTestDatabase(), startTestMailServer()]);
    api = await startApi({
      ...databaseEnv(db),
      SEED_DEMO: 'true',
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'http://localhost:4200',
      RATE_LIMIT_LOG_IN: '3/60',
    });
  });
  afterAll(async () => {
    await api?.stop();
    await Promise.all([smtp?.stop(), db?.stop()]);
  });

  it('signs up, verifies by the mailed link, and keeps the session in an httpOnly SameSite=Lax cookie', async () => {
    const email = newEmail('erika');
    const signUp = await post(
      `mutation ($input: SignUpInput!) { signUp(input: $input) { id email emailVerified locale } }`,
      { input: { email, password: PASSWORD, displayName: 'Erika Muster' } },
    );
    expect(signUp.body.data?.['signUp']).toMatchObject({
      email,
      emailVerified: false,
      locale: 'de',
    });
    // Sign-up does not sign in.
    expect(sessionCookie(signUp)).toBeUndefined();

    const mail = await smtp.waitForMail(email);
    expect(mail.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
    expect(mail.link).toMatch(/^http:\/\/localhost:4200\/account\/verify-email\?token=/);
    const verified = await post(`mutation ($token: String!) { verifyEmail(token: $token) }`, {
      token: mail.token,
    });
    expect(verified.body).toEqual({ data: { verifyEmail: true } });

    const logIn = await post(LOG_IN, { input: { email, password: PASSWORD } });
    expect(logIn.body.data?.['logIn']).toMatchObject({ email, emailVerified: true });
    const cookie = sessionCookie(logIn)!;
    expect(cookie).toMatch(/^bs_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    // 30 days, sliding with use.
    const maxAge = Number(/; Max-Age=(\d+)/.exec(cookie)?.[1]);
    expect(maxAge).toBeGreaterThan(30 * 24 * 3600 - 60);
    expect(maxAge).toBeLessThanOrEqual(30 * 24 * 3600);
    // Plain http PUBLIC_URL outside production: not Secure (browsers would drop it).
    expect(cookie).not.toMatch(/; Secure/);

    const viewer = await post(VIEWER, {}, cookieHeader(cookie));
    expect(viewer.body.data?.['viewer']).toMatchObject({
      email,
      displayName: 'Erika Muster',
      locale: 'de',
      emailVerified: true,
      platformRole: 'USER',
    });
    expect((await post(VIEWER)).body).toEqual({ data: { viewer: null } });

    const logOut = await post(`mutation { logOut }`, {}, cookieHeader(cookie));
    expect(logOut.body).toEqual({ data: { logOut: true } });
    expect(sessionCookie(logOut)).toMatch(/^bs_session=;.*Expires=Thu, 01 Jan 1970/);
    // The old cookie no longer opens a session, and the API tells the browser to drop it.
    const stale = await post(VIEWER, {}, cookieHeader(cookie));
    expect(stale.body).toEqual({ data: { viewer: null } });
    expect(sessionCookie(stale)).toMatch(/^bs_session=;/);
  });

  it('answers field-level errors for a weak password and a taken email', async () => {
    const email = newEmail('dup');
    const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { id } }`;
    const weak = await post(SIGN_UP, {
      input: { email, password: 'passwort2024', displayName: 'X' },
    });
    expect(weak.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'password', messageKey: 'accounts.passwordTooCommon' }],
    });
    await post(SIGN_UP, { input: { email, password: PASSWORD, displayName: 'X' } });
    const taken = await post(SIGN_UP, {
      input: { email: email.toUpperCase(), password: PASSWORD, displayName: 'X' },
    });
    expect(taken.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'accounts.emailTaken',
    });
  });

  it('lets the seeded demo accounts log in with the documented password', async () => {
    const logIn = await post(LOG_IN, {
      input: { email: 'kmu@demo.brueckenschlag.de', password: 'Brueckenschlag-Demo-2026' },
    });
    expect(logIn.body.data?.['logIn']).toMatchObject({ emailVerified: true });
  });

  it('answers TOO_MANY_REQUESTS after 3 failed log-ins for one email', async () => {
    const email = newEmail('target');
    const attempt = () => post(LOG_IN, { input: { email, password: 'wrong password 1' } });
    for (let i = 0; i < 3; i++) {
      expect((await attempt()).body.errors?.[0]?.extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        messageKey: 'accounts.invalidCredentials',
      });
    }
    const blocked = await attempt();
    expect(blocked.body.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      messageKey: 'errors.tooManyRequests',
    });
    expect(blocked.body.errors?.[0]?.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    // Another email from the same address is not blocked.
    const other = await post(LOG_IN, { input: { email: newEmail('other'), password: 'x' } });
    expect(other.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('refuses mutations from a foreign origin but not from its own or PUBLIC_URL', async () => {
    const foreign = await post(
      `mutation { logOut }`,
      {},
      { origin: 'https://evil.example', cookie: 'bs_session=x' },
    );
    expect(foreign.body.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      messageKey: 'accounts.csrf',
    });
    expect(foreign.body.data).toBeNull();
    expect((await post(`mutation { logOut }`, {}, { origin: api.baseUrl })).body).toEqual({
      data: { logOut: true },
    });
    expect(
      (await post(`mutation { logOut }`, {}, { origin: 'http://localhost:4200' })).body,
    ).toEqual({ data: { logOut: true } });
    // Reading is harmless: queries from elsewhere are answered.
    expect((await post(VIEWER, {}, { origin: 'https://evil.example' })).body).toEqual({
      data: { viewer: null },
    });
  });

  it('blocks a text/plain POST, the kind a foreign form can send (CSRF prevention)', async () => {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({
        query: `mutation { requestPasswordReset(email: "kmu@demo.brueckenschlag.de") }`,
      }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Cross-Site Request Forgery');
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.mailsTo('kmu@demo.brueckenschlag.de')).toEqual([]);
  });
});
