import { toGeoPoint } from '@bs/api/geo';
import type { Bounds } from '@bs/domain';
import { Injectable } from '@nestjs/common';
import type { OrganisationEntity } from './organisation.entity';
import { OrganisationNotFoundError } from './organisation.errors';
import { OrganisationRepository } from './organisation.repository';
import type { Organisation } from './models/organisation.model';

function toModel(entity: OrganisationEntity): Organisation {
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    description: entity.description,
    street: entity.street,
    postcode: entity.postcode.trim(),
    city: entity.city,
    location: toGeoPoint(entity.location),
  };
}

@Injectable()
export class OrganisationService {
  constructor(private readonly repository: OrganisationRepository) {}

  async get(id: string): Promise<Organisation> {
    const entity = await this.repository.findById(id);
    if (!entity) throw new OrganisationNotFoundError(id);
    return toModel(entity);
  }

  async inBounds(bounds: Bounds, limit: number): Promise<Organisation[]> {
    return (await this.repository.findInBounds(bounds, limit)).map(toModel);
  }
}
