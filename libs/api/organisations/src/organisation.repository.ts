import type { Bounds } from '@bs/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

/** Geographic reads of organisations; every query here uses the GiST index on `location`. */
@Injectable()
export class OrganisationRepository {
  constructor(
    @InjectRepository(OrganisationEntity)
    private readonly organisations: Repository<OrganisationEntity>,
  ) {}

  findById(id: string): Promise<OrganisationEntity | null> {
    return this.organisations.findOneBy({ id });
  }

  /**
   * Organisations inside the box, nearest to its centre first (KNN on the GiST index against
   * a constant point), at most `limit`.
   */
  findInBounds(bounds: Bounds, limit: number): Promise<OrganisationEntity[]> {
    const centreLng = (bounds.west + bounds.east) / 2;
    const centreLat = (bounds.south + bounds.north) / 2;
    return this.organisations
      .createQueryBuilder('o')
      .where('o.location && ST_MakeEnvelope(:west, :south, :east, :north, 4326)::geography', bounds)
      .orderBy('o.location <-> ST_SetSRID(ST_MakePoint(:centreLng, :centreLat), 4326)::geography')
      .setParameters({ centreLng, centreLat })
      .limit(limit)
      .getMany();
  }
}
