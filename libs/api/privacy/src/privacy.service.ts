import { AccountsService } from '@bs/api/accounts';
import { AuditService, PolicyService, type Actor } from '@bs/api/access';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { PasswordConfirmationError, SoleOwnerOfSharedOrganisationError } from './privacy.errors';

type Row = Record<string, unknown>;

/**
 * Data export and deletion (GDPR Art. 15, 17, 20): everything stored about a user and their
 * organisations, as JSON; and complete, idempotent deletion of an account.
 */
@Injectable()
export class PrivacyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly accounts: AccountsService,
  ) {}

  /** All data about the user and the organisations they belong to, as a JSON document. */
  async export(actor: Actor): Promise<string> {
    const user = this.policy.requireUser(actor);
    const q = <T extends Row>(sql: string) => this.dataSource.query<T[]>(sql, [user.userId]);
    const [account] = await q(
      `SELECT id, email, display_name, locale, email_verified_at, platform_role, created_at, updated_at
         FROM app_user WHERE id = $1`,
    );
    const sessions = await q(
      `SELECT created_at, last_seen_at, expires_at, user_agent FROM user_session WHERE user_id = $1
        ORDER BY created_at`,
    );
    const memberships = await q(
      `SELECT organisation_id, role, created_at FROM membership WHERE user_id = $1 ORDER BY created_at`,
    );
    const organisations = await q(
      `SELECT o.id, o.kind, o.name, o.legal_form, o.description, o.website, o.street, o.postcode,
              o.city, ST_Y(o.location::geometry) AS lat, ST_X(o.location::geometry) AS lng,
              o.district_key, o.land_key, o.employee_band, o.volunteer_band, o.staff_band,
              o.wz_section, o.engagement_field, o.public_contact, o.contact_person_name,
              o.contact_person_email, o.contact_person_phone, o.created_at, o.updated_at
         FROM organisation o JOIN membership m ON m.organisation_id = o.id
        WHERE m.user_id = $1 ORDER BY o.name`,
    );
    const members = await q(
      `SELECT m.organisation_id, u.display_name, m.role FROM membership m
         JOIN app_user u ON u.id = m.user_id
        WHERE m.organisation_id IN (SELECT organisation_id FROM membership WHERE user_id = $1)
        ORDER BY m.organisation_id, u.display_name`,
    );
    const invitations = await q(
      `SELECT i.organisation_id, i.email, i.role, i.created_at, i.expires_at, i.accepted_at,
              i.revoked_at, (i.invited_by = $1) AS sent_by_you
         FROM invitation i JOIN app_user u ON u.id = $1
        WHERE i.invited_by = $1 OR i.accepted_by = $1 OR lower(i.email) = lower(u.email)
        ORDER BY i.created_at`,
    );
    const consultantGrants = await q(
      `SELECT organisation_id, consultant_id = $1 AS you_are_consultant, expires_at, revoked_at,
              created_at
         FROM consultant_grant WHERE consultant_id = $1 OR granted_by = $1 ORDER BY created_at`,
    );
    // Profile entries the user added by hand or attributes the user confirmed.
    const profileEntries = await q(
      `SELECT organisation_id, category, code, direction, created_at,
              added_by = $1 AS added_by_you, verified_by_user_id = $1 AS verified_by_you,
              verified_at
         FROM profile_entry WHERE added_by = $1 OR verified_by_user_id = $1
        ORDER BY created_at`,
    );
    const activity = await q(
      `SELECT occurred_at, action, organisation_id, details FROM audit_log
        WHERE actor_id = $1 ORDER BY occurred_at`,
    );
    await this.audit.record({ actorId: user.userId, action: 'account.exported' });
    return JSON.stringify(
      {
        exportedAt: new Date().toISOString(),
        format: 'brueckenschlag-export/1',
        account,
        sessions,
        memberships,
        organisations,
        members,
        invitations,
        consultantGrants,
        profileEntries,
        activity,
      },
      null,
      2,
    );
  }

  /**
   * Deletes the account with its sessions, tokens, memberships and grants. Organisations whose
   * only member the user is are deleted with it; an organisation that others belong to but
   * only this user owns must be handed over first. Idempotent: a missing account is fine.
   */
  async deleteAccount(actor: Actor, password: string): Promise<boolean> {
    const user = this.policy.requireUser(actor);
    if (!(await this.accounts.verifyPassword(user.userId, password))) {
      throw new PasswordConfirmationError();
    }
    return this.dataSource.transaction(async (manager) => {
      await this.checkOwnership(manager, user.userId);
      await manager.query(
        `DELETE FROM organisation o
          WHERE o.id IN (SELECT organisation_id FROM membership WHERE user_id = $1)
            AND NOT EXISTS (SELECT 1 FROM membership m
                             WHERE m.organisation_id = o.id AND m.user_id <> $1)`,
        [user.userId],
      );
      const result = await manager.query<[unknown[], number]>(
        `DELETE FROM app_user WHERE id = $1`,
        [user.userId],
      );
      await this.audit.record({ actorId: null, action: 'account.deleted' }, manager);
      return result[1] > 0;
    });
  }

  private async checkOwnership(manager: EntityManager, userId: string): Promise<void> {
    const blocked = await manager.query<{ id: string; name: string }[]>(
      `SELECT o.id, o.name FROM organisation o
         JOIN membership mine ON mine.organisation_id = o.id AND mine.user_id = $1
                             AND mine.role = 'OWNER'
        WHERE NOT EXISTS (SELECT 1 FROM membership m WHERE m.organisation_id = o.id
                            AND m.user_id <> $1 AND m.role = 'OWNER')
          AND EXISTS (SELECT 1 FROM membership m WHERE m.organisation_id = o.id AND m.user_id <> $1)
        FOR UPDATE OF o`,
      [userId],
    );
    if (blocked.length > 0) throw new SoleOwnerOfSharedOrganisationError(blocked);
  }
}
