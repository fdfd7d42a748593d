import { closePreparedStatements, runStatement } from '@bs/api/database';
import { Inject, Injectable, Optional, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ACCOUNTS_OPTIONS, type AccountsOptions } from './accounts.options';
import { hashToken, newSecretToken } from './one-time-token';
import { UserSessionEntity } from './user-session.entity';
import type { PlatformRole, RequestSession } from './viewer-context';

/** A session lasts 30 days after it was last used. */
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
/** Sliding the expiry writes to the database at most this often per session. */
export const SESSION_TOUCH_INTERVAL_MS = 60 * 60 * 1000;
const USER_AGENT_MAX_LENGTH = 512;

export interface NewSession {
  sessionId: string;
  /** The secret for the cookie; only its hash is stored. */
  token: string;
  expiresAt: Date;
}

export interface ResolvedSession {
  session: RequestSession;
  /** Set when the expiry was extended: the cookie should be renewed until then. */
  renewedUntil?: Date;
}

/** Sessions of signed-in browsers: opaque random tokens, stored as SHA-256 hashes. */
@Injectable()
export class SessionService implements OnModuleDestroy {
  private readonly prepared: boolean;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() @Inject(ACCOUNTS_OPTIONS) options?: AccountsOptions,
  ) {
    this.prepared = options?.preparedStatements ?? false;
  }

  async onModuleDestroy(): Promise<void> {
    await closePreparedStatements(this.dataSource);
  }

  async create(
    userId: string,
    userAgent: string | undefined,
    manager: EntityManager = this.dataSource.manager,
    now = new Date(),
  ): Promise<NewSession> {
    const token = newSecretToken();
    const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
    const session = await manager.getRepository(UserSessionEntity).save({
      userId,
      tokenHash: hashToken(token),
      expiresAt,
      lastSeenAt: now,
      userAgent: userAgent ? userAgent.slice(0, USER_AGENT_MAX_LENGTH) : null,
    });
    return { sessionId: session.id, token, expiresAt };
  }

  /**
   * The session a cookie token belongs to, or null when it is unknown or expired (an expired
   * one is deleted). Extends the expiry when the session was last seen a while ago.
   */
  async resolve(token: string, now = new Date()): Promise<ResolvedSession | null> {
    // Every signed-in request asks this: a prepared statement on a PostgreSQL server.
    const rows = await runStatement<{
      id: string;
      user_id: string;
      expires_at: Date;
      last_seen_at: Date;
      platform_role: PlatformRole;
      email_verified: boolean;
    }>(
      this.dataSource,
      `SELECT s.id, s.user_id, s.expires_at, s.last_seen_at, u.platform_role,
              u.email_verified_at IS NOT NULL AS email_verified
       FROM user_session s JOIN app_user u ON u.id = s.user_id
       WHERE s.token_hash = $1::char(64)`,
      [hashToken(token)],
      this.prepared,
    );
    const row = rows[0];
    if (!row) return null;
    if (new Date(row.expires_at).getTime() <= now.getTime()) {
      await this.dataSource.query(`DELETE FROM user_session WHERE id = $1`, [row.id]);
      return null;
    }
    const session: RequestSession = {
      userId: row.user_id,
      sessionId: row.id,
      platformRole: row.platform_role,
      emailVerified: row.email_verified,
    };
    if (now.getTime() - new Date(row.last_seen_at).getTime() < SESSION_TOUCH_INTERVAL_MS) {
      return { session };
    }
    const renewedUntil = new Date(now.getTime() + SESSION_LIFETIME_MS);
    await this.dataSource.query(
      `UPDATE user_session SET last_seen_at = $2, expires_at = $3 WHERE id = $1`,
      [row.id, now, renewedUntil],
    );
    return { session, renewedUntil };
  }

  async delete(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(UserSessionEntity).delete({ id: sessionId });
  }

  /** Signs the user out everywhere. */
  async deleteAllOf(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.getRepository(UserSessionEntity).delete({ userId });
  }

  /** Removes the user's expired sessions (housekeeping at log-in). */
  async deleteExpiredOf(userId: string, now = new Date()): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM user_session WHERE user_id = $1 AND expires_at <= $2`,
      [userId, now],
    );
  }
}
