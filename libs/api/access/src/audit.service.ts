import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditLogEntity, type AuditDetails } from './audit-log.entity';

export type AuditAction =
  | 'organisation.contact.read'
  | 'organisation.created'
  | 'organisation.updated'
  | 'organisation.deleted'
  | 'member.invited'
  | 'member.joined'
  | 'member.roleChanged'
  | 'member.removed'
  | 'consultant.granted'
  | 'consultant.revoked'
  | 'intermediary.regionChanged'
  | 'account.exported'
  | 'account.deleted'
  | 'profile.settingsChanged'
  | 'profile.attributeVerified'
  | 'profile.attributeVerificationRevoked';

/** Writes the audit log: reads of private contact data and every change of access. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(
    entry: {
      actorId: string | null;
      action: AuditAction;
      organisationId?: string | null;
      details?: AuditDetails;
    },
    manager?: EntityManager,
  ): Promise<void> {
    await (manager ?? this.dataSource.manager).insert(AuditLogEntity, {
      actorId: entry.actorId,
      action: entry.action,
      organisationId: entry.organisationId ?? null,
      details: entry.details ?? {},
    });
  }
}
