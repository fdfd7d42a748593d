import { AuditService, PolicyService, type Actor } from '@bs/api/access';
import { toGeoPoint, toPostgisPoint, type GeoPoint } from '@bs/api/geo';
import { InvalidInputError } from '@bs/api/graphql';
import { GeocodingService } from '@bs/api/regions';
import { organisationProfileProblems, type Bounds, type MembershipRole } from '@bs/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { MembershipEntity } from '@bs/api/access';
import type { CreateOrganisationInput, UpdateOrganisationInput } from './dto/organisation.inputs';
import type { MyOrganisation } from './models/membership.model';
import type { OrganisationContact } from './models/organisation-contact.model';
import type { Organisation } from './models/organisation.model';
import { OrganisationEntity } from './organisation.entity';
import {
  LocationOutsideGermanyError,
  OrganisationNotFoundError,
  OrganisationVersionConflictError,
} from './organisation.errors';
import { OrganisationRepository, type OrganisationRow } from './organisation.repository';

export function toOrganisationModel({
  entity,
  districtName,
  landName,
}: OrganisationRow): Organisation {
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    legalForm: entity.legalForm,
    description: entity.description,
    website: entity.website,
    street: entity.street,
    postcode: entity.postcode.trim(),
    city: entity.city,
    location: toGeoPoint(entity.location),
    district:
      entity.districtKey && districtName ? { key: entity.districtKey, name: districtName } : null,
    land: entity.landKey && landName ? { key: entity.landKey, name: landName } : null,
    employeeBand: entity.employeeBand,
    volunteerBand: entity.volunteerBand,
    staffBand: entity.staffBand,
    wzSection: entity.wzSection,
    engagementField: entity.engagementField,
    publicContact: entity.publicContact,
    version: entity.version,
  };
}

type Changes = Omit<Partial<CreateOrganisationInput>, 'kind'>;

@Injectable()
export class OrganisationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: OrganisationRepository,
    private readonly geocoding: GeocodingService,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
  ) {}

  async get(id: string): Promise<Organisation> {
    const row = await this.repository.findById(id);
    if (!row) throw new OrganisationNotFoundError(id);
    return toOrganisationModel(row);
  }

  async inBounds(bounds: Bounds, limit: number): Promise<Organisation[]> {
    return (await this.repository.findInBounds(bounds, limit)).map(toOrganisationModel);
  }

  /** The organisations the signed-in user belongs to, for the organisation switcher. */
  async mine(actor: Actor): Promise<MyOrganisation[]> {
    const user = this.policy.requireUser(actor);
    const memberships = await this.dataSource.manager.find(MembershipEntity, {
      where: { userId: user.userId },
    });
    const rows = await this.repository.findByIds(memberships.map((m) => m.organisationId));
    const roleOf = new Map(memberships.map((m) => [m.organisationId, m.role]));
    return rows
      .map((row) => ({
        organisation: toOrganisationModel(row),
        role: roleOf.get(row.entity.id) as MembershipRole,
      }))
      .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, 'de'));
  }

  /** Creates an organisation; the creator becomes its owner. */
  async create(actor: Actor, input: CreateOrganisationInput): Promise<Organisation> {
    const user = this.policy.requireUser(actor);
    this.checkKindFields(input.kind, input);
    const place = await this.locate(input.postcode, input.location ?? null);
    const id = await this.dataSource.transaction(async (manager) => {
      const entity = manager.create(OrganisationEntity, {
        kind: input.kind,
        ...this.fields(input),
        postcode: input.postcode,
        city: input.city?.trim() || place.city,
        location: toPostgisPoint(place.location),
        districtKey: place.districtKey,
        landKey: place.landKey,
      });
      const saved = await manager.save(entity);
      await manager.insert(MembershipEntity, {
        organisationId: saved.id,
        userId: user.userId,
        role: 'OWNER',
      });
      await this.audit.record(
        { actorId: user.userId, action: 'organisation.created', organisationId: saved.id },
        manager,
      );
      return saved.id;
    });
    return this.get(id);
  }

  /**
   * Applies a change based on `input.version`. A concurrent change in between is a CONFLICT
   * that carries the current version, so nothing is overwritten silently.
   */
  async update(actor: Actor, input: UpdateOrganisationInput): Promise<Organisation> {
    const user = this.policy.requireUser(actor);
    await this.policy.authorize(actor, 'organisation.update', input.id);
    const current = await this.repository.findById(input.id);
    if (!current) throw new OrganisationNotFoundError(input.id);
    const { location: _location, ...currentFields } = current.entity;
    this.checkKindFields(current.entity.kind, { ...currentFields, ...this.definedOnly(input) });
    const relocate = input.postcode !== undefined || input.location !== undefined;
    const place = relocate
      ? await this.locate(input.postcode ?? current.entity.postcode, input.location ?? null)
      : null;

    await this.dataSource.transaction(async (manager) => {
      const changes: Partial<OrganisationEntity> = { ...this.fields(input) };
      if (input.postcode !== undefined) changes.postcode = input.postcode;
      if (place) {
        changes.location = toPostgisPoint(place.location);
        changes.districtKey = place.districtKey;
        changes.landKey = place.landKey;
        if (input.postcode !== undefined && !input.city) changes.city = place.city;
      }
      const result = await manager
        .createQueryBuilder()
        .update(OrganisationEntity)
        .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :version', { id: input.id, version: input.version })
        .execute();
      if (result.affected !== 1) {
        const now = await manager.findOneBy(OrganisationEntity, { id: input.id });
        if (!now) throw new OrganisationNotFoundError(input.id);
        throw new OrganisationVersionConflictError(input.id, now.version);
      }
      await this.audit.record(
        {
          actorId: user.userId,
          action: 'organisation.updated',
          organisationId: input.id,
          details: { fields: Object.keys(this.definedOnly(input)).filter((k) => k !== 'id') },
        },
        manager,
      );
    });
    return this.get(input.id);
  }

  /** Deletes an organisation and everything that belongs to it. Idempotent. */
  async delete(actor: Actor, id: string): Promise<boolean> {
    const user = this.policy.requireUser(actor);
    const exists = await this.dataSource.manager.existsBy(OrganisationEntity, { id });
    if (!exists) return false;
    await this.policy.authorize(actor, 'organisation.delete', id);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(OrganisationEntity, { id });
      await this.audit.record(
        { actorId: user.userId, action: 'organisation.deleted', details: { organisationId: id } },
        manager,
      );
    });
    return true;
  }

  /** The private contact person; every read is written to the audit log. */
  async contact(actor: Actor, id: string): Promise<OrganisationContact> {
    const user = this.policy.requireUser(actor);
    await this.policy.authorize(actor, 'organisation.readPrivate', id);
    const entity = await this.dataSource.manager.findOneByOrFail(OrganisationEntity, { id });
    await this.audit.record({
      actorId: user.userId,
      action: 'organisation.contact.read',
      organisationId: id,
    });
    return {
      name: entity.contactPersonName,
      email: entity.contactPersonEmail,
      phone: entity.contactPersonPhone,
    };
  }

  private definedOnly(input: object): Record<string, unknown> {
    return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  }

  /** Plain columns from an input; undefined means "unchanged", null means "clear". */
  private fields(input: Changes): Partial<OrganisationEntity> {
    const fields: Partial<OrganisationEntity> = {};
    const trim = (v: string | null | undefined) =>
      v === null || v === undefined ? v : v.trim() || null;
    const set = <K extends keyof OrganisationEntity>(
      key: K,
      value: OrganisationEntity[K] | undefined,
    ) => {
      if (value !== undefined) fields[key] = value;
    };
    if (input.name !== undefined) set('name', input.name.trim());
    set('legalForm', trim(input.legalForm));
    set('description', trim(input.description));
    set('website', trim(input.website));
    set('street', trim(input.street));
    if (input.city) set('city', input.city.trim());
    set('employeeBand', input.employeeBand);
    set('volunteerBand', input.volunteerBand);
    set('staffBand', input.staffBand);
    set('wzSection', input.wzSection);
    set('engagementField', input.engagementField);
    set('publicContact', trim(input.publicContact));
    if (input.contactPerson !== undefined) {
      set('contactPersonName', trim(input.contactPerson?.name) ?? null);
      set('contactPersonEmail', trim(input.contactPerson?.email) ?? null);
      set('contactPersonPhone', trim(input.contactPerson?.phone) ?? null);
    }
    return fields;
  }

  private checkKindFields(kind: OrganisationEntity['kind'], values: Changes): void {
    const problems = organisationProfileProblems({ kind, ...values });
    if (problems.length > 0) throw new InvalidInputError(problems);
  }

  /**
   * Location, district and Land from the postcode, or from the exact point (the dragged pin)
   * when given. Unknown postcodes and points outside Germany are field errors.
   */
  private async locate(
    postcode: string,
    point: GeoPoint | null,
  ): Promise<{
    location: GeoPoint;
    city: string;
    districtKey: string | null;
    landKey: string | null;
  }> {
    const found = await this.geocoding.lookupPostcode(postcode.trim());
    if (!point) {
      return {
        location: found.location,
        city: found.place,
        districtKey: found.district?.key ?? null,
        landKey: found.land?.key ?? null,
      };
    }
    const region = await this.geocoding.districtAt(point);
    if (!region) throw new LocationOutsideGermanyError();
    return {
      location: point,
      city: found.place,
      districtKey: region.district.key,
      landKey: region.land.key,
    };
  }

  /** Used by other contexts inside their own transaction. */
  existsIn(manager: EntityManager, id: string): Promise<boolean> {
    return manager.existsBy(OrganisationEntity, { id });
  }
}
