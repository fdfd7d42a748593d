import { createHash, randomBytes } from 'node:crypto';
import {
  AuditService,
  ConsultantGrantEntity,
  IntermediaryDistrictEntity,
  InvitationEntity,
  MembershipEntity,
  PolicyService,
  type Actor,
} from '@bs/api/access';
import { MailService } from '@bs/api/notifications';
import { keepsAnOwner, type MembershipRole } from '@bs/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import type {
  ChangeMemberRoleInput,
  GrantConsultantAccessInput,
  InviteMemberInput,
} from './dto/membership.inputs';
import type {
  AcceptedInvitation,
  ConsultantGrant,
  Invitation,
  Member,
} from './models/membership.model';
import { OrganisationEntity } from './organisation.entity';
import {
  AlreadyMemberError,
  ConsultantNotFoundError,
  GrantPeriodError,
  InvitationExpiredError,
  InvitationForOtherAccountError,
  InvitationInvalidError,
  InvitationUsedError,
  LastOwnerError,
  MemberNotFoundError,
  NotAnIntermediaryError,
  UnknownDistrictError,
} from './organisation.errors';
import { OrganisationService } from './organisation.service';

const INVITATION_DAYS = 14;
const MAX_GRANT_DAYS = 366;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

interface UserRow {
  id: string;
  email: string;
  display_name: string;
  locale: string;
}

@Injectable()
export class MembershipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly organisations: OrganisationService,
    private readonly mail: MailService,
  ) {}

  async members(actor: Actor, organisationId: string): Promise<Member[]> {
    await this.policy.authorize(actor, 'members.read', organisationId);
    const rows = await this.dataSource.query<
      {
        user_id: string;
        display_name: string;
        email: string;
        role: MembershipRole;
        created_at: Date;
      }[]
    >(
      `SELECT m.user_id, u.display_name, u.email, m.role, m.created_at
         FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.organisation_id = $1
        ORDER BY array_position(ARRAY['OWNER','EDITOR','VIEWER']::membership_role[], m.role),
                 u.display_name`,
      [organisationId],
    );
    return rows.map((r) => ({
      userId: r.user_id,
      displayName: r.display_name,
      email: r.email,
      role: r.role,
      since: r.created_at,
    }));
  }

  async invitations(actor: Actor, organisationId: string): Promise<Invitation[]> {
    await this.policy.authorize(actor, 'members.manage', organisationId);
    const rows = await this.dataSource.manager.find(InvitationEntity, {
      where: { organisationId, acceptedAt: IsNull(), revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
    return rows
      .filter((r) => r.expiresAt > new Date())
      .map((r) => ({
        id: r.id,
        email: r.email,
        role: r.role,
        expiresAt: r.expiresAt,
        createdAt: r.createdAt,
      }));
  }

  /** Invites someone by e-mail; the link in the mail is valid for 14 days. */
  async invite(actor: Actor, input: InviteMemberInput): Promise<Invitation> {
    const user = this.policy.requireUser(actor);
    await this.policy.authorize(actor, 'members.manage', input.organisationId);
    const email = input.email.trim().toLowerCase();
    const [existing] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.organisation_id = $1 AND lower(u.email) = $2`,
      [input.organisationId, email],
    );
    if ((existing?.n ?? 0) > 0) throw new AlreadyMemberError(email);
    const token = randomBytes(32).toString('base64url');
    const invitation = await this.dataSource.transaction(async (manager) => {
      // A new invitation replaces an open one for the same address.
      await manager.update(
        InvitationEntity,
        { organisationId: input.organisationId, email, acceptedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      const saved = await manager.save(
        manager.create(InvitationEntity, {
          organisationId: input.organisationId,
          email,
          role: input.role,
          tokenHash: hashToken(token),
          invitedBy: user.userId,
          expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
        }),
      );
      await this.audit.record(
        {
          actorId: user.userId,
          action: 'member.invited',
          organisationId: input.organisationId,
          details: { invitationId: saved.id, role: input.role },
        },
        manager,
      );
      return saved;
    });
    const organisation = await this.organisations.get(input.organisationId);
    const [inviter] = await this.dataSource.query<UserRow[]>(
      `SELECT id, email, display_name, locale FROM app_user WHERE id = $1`,
      [user.userId],
    );
    const [invitee] = await this.dataSource.query<UserRow[]>(
      `SELECT id, email, display_name, locale FROM app_user WHERE lower(email) = $1`,
      [email],
    );
    // The invitee's language when they have an account, else the inviter's.
    const locale = (invitee ?? inviter)?.locale === 'en' ? 'en' : 'de';
    await this.mail.send(
      { address: email, name: invitee?.display_name },
      'organisationInvitation',
      locale,
      {
        inviterName: inviter?.display_name ?? '',
        organisationName: organisation.name,
        token,
        validDays: INVITATION_DAYS,
      },
    );
    return {
      id: invitation.id,
      email,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      createdAt: invitation.createdAt,
    };
  }

  async revokeInvitation(actor: Actor, invitationId: string): Promise<boolean> {
    const invitation = await this.dataSource.manager.findOneBy(InvitationEntity, {
      id: invitationId,
    });
    if (!invitation) return false;
    await this.policy.authorize(actor, 'members.manage', invitation.organisationId);
    if (invitation.acceptedAt || invitation.revokedAt) return false;
    await this.dataSource.manager.update(
      InvitationEntity,
      { id: invitationId },
      { revokedAt: new Date() },
    );
    return true;
  }

  /** Joins the organisation with the invited role; the invitation is used up. */
  async accept(actor: Actor, token: string): Promise<AcceptedInvitation> {
    const user = this.policy.requireUser(actor);
    const result = await this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOne(InvitationEntity, {
        where: { tokenHash: hashToken(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation) throw new InvitationInvalidError();
      if (invitation.acceptedAt || invitation.revokedAt) throw new InvitationUsedError();
      if (invitation.expiresAt <= new Date()) throw new InvitationExpiredError();
      const [account] = await manager.query<{ email: string }[]>(
        `SELECT email FROM app_user WHERE id = $1`,
        [user.userId],
      );
      if (account?.email.toLowerCase() !== invitation.email.toLowerCase()) {
        throw new InvitationForOtherAccountError();
      }
      const current = await manager.findOneBy(MembershipEntity, {
        organisationId: invitation.organisationId,
        userId: user.userId,
      });
      // Joining never demotes someone who already holds a stronger role.
      if (!current) {
        await manager.insert(MembershipEntity, {
          organisationId: invitation.organisationId,
          userId: user.userId,
          role: invitation.role,
        });
      }
      await manager.update(
        InvitationEntity,
        { id: invitation.id },
        { acceptedAt: new Date(), acceptedBy: user.userId },
      );
      await this.audit.record(
        {
          actorId: user.userId,
          action: 'member.joined',
          organisationId: invitation.organisationId,
          details: { invitationId: invitation.id, role: current?.role ?? invitation.role },
        },
        manager,
      );
      return { organisationId: invitation.organisationId, role: current?.role ?? invitation.role };
    });
    return { organisation: await this.organisations.get(result.organisationId), role: result.role };
  }

  async changeRole(actor: Actor, input: ChangeMemberRoleInput): Promise<Member> {
    const user = this.policy.requireUser(actor);
    await this.policy.authorize(actor, 'members.manage', input.organisationId);
    await this.dataSource.transaction(async (manager) => {
      const owners = await this.lockOwners(manager, input.organisationId);
      const member = await manager.findOneBy(MembershipEntity, {
        organisationId: input.organisationId,
        userId: input.userId,
      });
      if (!member) throw new MemberNotFoundError(input.userId);
      if (
        member.role === 'OWNER' &&
        input.role !== 'OWNER' &&
        !keepsAnOwner(owners, input.userId)
      ) {
        throw new LastOwnerError();
      }
      await manager.update(
        MembershipEntity,
        { organisationId: input.organisationId, userId: input.userId },
        { role: input.role },
      );
      await this.audit.record(
        {
          actorId: user.userId,
          action: 'member.roleChanged',
          organisationId: input.organisationId,
          details: { userId: input.userId, from: member.role, to: input.role },
        },
        manager,
      );
    });
    const members = await this.members(actor, input.organisationId);
    const changed = members.find((m) => m.userId === input.userId);
    if (!changed) throw new MemberNotFoundError(input.userId);
    return changed;
  }

  /** Removes a member (owners may remove anyone, anyone may leave); the last owner stays. */
  async remove(actor: Actor, organisationId: string, userId: string): Promise<boolean> {
    const user = this.policy.requireUser(actor);
    if (userId !== user.userId)
      await this.policy.authorize(actor, 'members.manage', organisationId);
    else await this.policy.relations(actor, organisationId);
    return this.dataSource.transaction(async (manager) => {
      const owners = await this.lockOwners(manager, organisationId);
      const member = await manager.findOneBy(MembershipEntity, { organisationId, userId });
      if (!member) throw new MemberNotFoundError(userId);
      if (member.role === 'OWNER' && !keepsAnOwner(owners, userId)) throw new LastOwnerError();
      await manager.delete(MembershipEntity, { organisationId, userId });
      await this.audit.record(
        { actorId: user.userId, action: 'member.removed', organisationId, details: { userId } },
        manager,
      );
      return true;
    });
  }

  /** Locks the organisation's owner rows so concurrent demotions cannot remove the last one. */
  private async lockOwners(
    manager: DataSource['manager'],
    organisationId: string,
  ): Promise<string[]> {
    await manager.query(`SELECT id FROM organisation WHERE id = $1 FOR UPDATE`, [organisationId]);
    const rows = await manager.find(MembershipEntity, { where: { organisationId, role: 'OWNER' } });
    return rows.map((r) => r.userId);
  }

  async consultantGrants(actor: Actor, organisationId: string): Promise<ConsultantGrant[]> {
    await this.policy.authorize(actor, 'consultants.read', organisationId);
    const rows = await this.dataSource.query<
      {
        id: string;
        consultant_id: string;
        display_name: string;
        email: string;
        expires_at: Date;
        active: boolean;
      }[]
    >(
      `SELECT g.id, g.consultant_id, u.display_name, u.email, g.expires_at,
              (g.revoked_at IS NULL AND g.expires_at > now()) AS active
         FROM consultant_grant g JOIN app_user u ON u.id = g.consultant_id
        WHERE g.organisation_id = $1 ORDER BY g.created_at DESC`,
      [organisationId],
    );
    return rows.map((r) => ({
      id: r.id,
      consultantId: r.consultant_id,
      consultantName: r.display_name,
      consultantEmail: r.email,
      expiresAt: r.expires_at,
      active: r.active,
    }));
  }

  async grantConsultant(actor: Actor, input: GrantConsultantAccessInput): Promise<ConsultantGrant> {
    const user = this.policy.requireUser(actor);
    await this.policy.authorize(actor, 'consultants.manage', input.organisationId);
    const now = Date.now();
    const until = input.expiresAt.getTime();
    if (until <= now || until > now + MAX_GRANT_DAYS * 86_400_000) throw new GrantPeriodError();
    const [consultant] = await this.dataSource.query<UserRow[]>(
      `SELECT id, email, display_name, locale FROM app_user
        WHERE lower(email) = $1 AND email_verified_at IS NOT NULL`,
      [input.consultantEmail.trim().toLowerCase()],
    );
    if (!consultant) throw new ConsultantNotFoundError();
    const grant = await this.dataSource.transaction(async (manager) => {
      await manager.update(
        ConsultantGrantEntity,
        { organisationId: input.organisationId, consultantId: consultant.id, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      const saved = await manager.save(
        manager.create(ConsultantGrantEntity, {
          organisationId: input.organisationId,
          consultantId: consultant.id,
          grantedBy: user.userId,
          expiresAt: input.expiresAt,
        }),
      );
      await this.audit.record(
        {
          actorId: user.userId,
          action: 'consultant.granted',
          organisationId: input.organisationId,
          details: { consultantId: consultant.id, expiresAt: input.expiresAt.toISOString() },
        },
        manager,
      );
      return saved;
    });
    return {
      id: grant.id,
      consultantId: consultant.id,
      consultantName: consultant.display_name,
      consultantEmail: consultant.email,
      expiresAt: grant.expiresAt,
      active: true,
    };
  }

  async revokeConsultant(actor: Actor, grantId: string): Promise<boolean> {
    const user = this.policy.requireUser(actor);
    const grant = await this.dataSource.manager.findOneBy(ConsultantGrantEntity, { id: grantId });
    if (!grant) return false;
    await this.policy.authorize(actor, 'consultants.manage', grant.organisationId);
    if (grant.revokedAt) return false;
    await this.dataSource.transaction(async (manager) => {
      await manager.update(ConsultantGrantEntity, { id: grantId }, { revokedAt: new Date() });
      await this.audit.record(
        {
          actorId: user.userId,
          action: 'consultant.revoked',
          organisationId: grant.organisationId,
          details: { consultantId: grant.consultantId },
        },
        manager,
      );
    });
    return true;
  }

  /** The districts an intermediary serves (public). */
  async intermediaryDistricts(organisationId: string): Promise<{ key: string; name: string }[]> {
    return this.dataSource.query<{ key: string; name: string }[]>(
      `SELECT d.key, d.name FROM intermediary_district i JOIN district d ON d.key = i.district_key
        WHERE i.organisation_id = $1 ORDER BY d.name`,
      [organisationId],
    );
  }

  /** Sets the region an intermediary serves (platform administrators only). */
  async setIntermediaryDistricts(
    actor: Actor,
    organisationId: string,
    districtKeys: string[],
  ): Promise<{ key: string; name: string }[]> {
    const user = this.policy.requireAdmin(actor);
    await this.policy.authorize(actor, 'intermediaryRegion.manage', organisationId);
    const organisation = await this.dataSource.manager.findOneBy(OrganisationEntity, {
      id: organisationId,
    });
    if (organisation?.kind !== 'INTERMEDIARY') throw new NotAnIntermediaryError();
    const keys = [...new Set(districtKeys)];
    const known = await this.dataSource.query<{ key: string }[]>(
      `SELECT key FROM district WHERE key = ANY($1)`,
      [keys],
    );
    const unknown = keys.filter((k) => !known.some((r) => r.key.trim() === k));
    if (unknown.length > 0) throw new UnknownDistrictError(unknown);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(IntermediaryDistrictEntity, { organisationId });
      if (keys.length > 0) {
        await manager.insert(
          IntermediaryDistrictEntity,
          keys.map((districtKey) => ({ organisationId, districtKey })),
        );
      }
      await this.audit.record(
        {
          actorId: user.userId,
          action: 'intermediary.regionChanged',
          organisationId,
          details: { districtKeys: keys },
        },
        manager,
      );
    });
    return this.intermediaryDistricts(organisationId);
  }
}
