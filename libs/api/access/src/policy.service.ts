import { isPermitted, type MembershipRole, type Permission, type Relation } from '@bs/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  AdminOnlyError,
  ForbiddenError,
  NotSignedInError,
  OrganisationNotFoundError,
} from './access.errors';
import type { Actor } from './actor';

/** The columns `relationColumns` selects. */
export interface RelationRow {
  role: MembershipRole | null;
  consultant: boolean;
  intermediary: boolean;
}

/**
 * The columns that say how a user relates to the organisation aliased `o`: membership role,
 * active consultant grant, intermediary serving its district. `user` is the SQL of the user's
 * id (a parameter). Other statements may select them beside their own columns, so that the
 * permission check costs no statement of its own (see `relationsOf`).
 */
export function relationColumns(user: string): string {
  return `(SELECT m.role FROM membership m
            WHERE m.organisation_id = o.id AND m.user_id = ${user}) AS role,
          EXISTS (SELECT 1 FROM consultant_grant g
                   WHERE g.organisation_id = o.id AND g.consultant_id = ${user}
                     AND g.revoked_at IS NULL AND g.expires_at > now()) AS consultant,
          EXISTS (SELECT 1 FROM intermediary_district d
                    JOIN organisation i ON i.id = d.organisation_id AND i.kind = 'INTERMEDIARY'
                    JOIN membership im ON im.organisation_id = i.id AND im.user_id = ${user}
                   WHERE d.district_key = o.district_key) AS intermediary`;
}

/** The relations a row of `relationColumns` gives `actor` (platform admins are admins everywhere). */
export function relationsOf(row: RelationRow, actor: Actor): Relation[] {
  const relations: Relation[] = [];
  if (row.role) relations.push(row.role);
  if (row.consultant) relations.push('CONSULTANT');
  if (row.intermediary) relations.push('INTERMEDIARY');
  if (actor?.platformRole === 'ADMIN') relations.push('ADMIN');
  return relations;
}

/**
 * The policy layer: every read and write of protected data asks here. Resolvers and services
 * never decide on their own; the rules themselves are data in `@bs/domain` (PERMISSIONS).
 */
@Injectable()
export class PolicyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The signed-in user, or UNAUTHENTICATED. */
  requireUser(actor: Actor): NonNullable<Actor> {
    if (!actor) throw new NotSignedInError();
    return actor;
  }

  requireAdmin(actor: Actor): NonNullable<Actor> {
    const user = this.requireUser(actor);
    if (user.platformRole !== 'ADMIN') throw new AdminOnlyError();
    return user;
  }

  /** The relations of `actor` to one organisation (NOT_FOUND when it does not exist). */
  async relations(
    actor: Actor,
    organisationId: string,
    manager?: EntityManager,
  ): Promise<Relation[]> {
    const rows = await (manager ?? this.dataSource.manager).query<RelationRow[]>(
      `SELECT ${relationColumns('$2')} FROM organisation o WHERE o.id = $1`,
      [organisationId, actor?.userId ?? null],
    );
    const row = rows[0];
    if (!row) throw new OrganisationNotFoundError(organisationId);
    return relationsOf(row, actor);
  }

  /** Throws unless `actor` may do `permission` on the organisation. */
  async authorize(
    actor: Actor,
    permission: Permission,
    organisationId: string,
    manager?: EntityManager,
  ): Promise<Relation[]> {
    const relations = await this.relations(actor, organisationId, manager);
    this.check(actor, permission, relations);
    return relations;
  }

  /**
   * Throws unless relations read beforehand (`relationColumns`, `relationsOf`) permit
   * `permission`: UNAUTHENTICATED without a user, FORBIDDEN without the permission.
   */
  check(actor: Actor, permission: Permission, relations: readonly Relation[]): void {
    if (!actor) throw new NotSignedInError();
    if (!isPermitted(permission, relations)) throw new ForbiddenError(permission);
  }

  /** Whether `actor` may do `permission`, without throwing for a missing permission. */
  async can(actor: Actor, permission: Permission, organisationId: string): Promise<boolean> {
    if (!actor) return false;
    return isPermitted(permission, await this.relations(actor, organisationId));
  }
}
