import { randomBytes } from 'node:crypto';
import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import { startTestMailServer, type TestMailServer } from '@bs/api/notifications';
import { Client } from 'pg';
import { databaseEnv, startApi, type ApiProcess } from './api-process';
import { GraphQLSession } from './graphql-client';

export const TEST_PASSWORD = 'Kaffee mit Milch 2x';

/**
 * A running API with its own database and a real in-process SMTP server, for tests that act
 * as real users: `newUser` signs up, verifies from the mailed link and logs in.
 */
export class SignedUpUsers {
  private constructor(
    readonly db: TestDatabase,
    readonly smtp: TestMailServer,
    readonly api: ApiProcess,
    readonly sql: Client,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<SignedUpUsers> {
    const [db, smtp] = await Promise.all([startTestDatabase(), startTestMailServer()]);
    const api = await startApi({
      ...databaseEnv(db),
      SEED_DEMO: 'false',
      SMTP_URL: smtp.url,
      RATE_LIMIT_SIGN_UP: '100/3600',
      RATE_LIMIT_LOG_IN: '100/60',
      ...env,
    });
    const sql = new Client({ connectionString: db.url });
    sql.on('error', () => undefined);
    await sql.connect();
    return new SignedUpUsers(db, smtp, api, sql);
  }

  async stop(): Promise<void> {
    await this.sql.end();
    await this.api.stop();
    await Promise.all([this.smtp.stop(), this.db.stop()]);
  }

  async newUser(name: string, locale: 'de' | 'en' = 'de') {
    const email = `${name}.${randomBytes(4).toString('hex')}@example.org`;
    const session = new GraphQLSession(this.api.baseUrl);
    await session.ok(`mutation($input: SignUpInput!) { signUp(input: $input) { id } }`, {
      input: { email, password: TEST_PASSWORD, displayName: name, locale },
    });
    const mail = await this.smtp.waitForMail(email);
    await session.ok(`mutation($token: String!) { verifyEmail(token: $token) }`, {
      token: mail.token,
    });
    const { logIn } = await session.ok<{ logIn: { id: string } }>(
      `mutation($input: LogInInput!) { logIn(input: $input) { id } }`,
      { input: { email, password: TEST_PASSWORD } },
    );
    return { session, email, id: logIn.id };
  }
}
