import type { Bounds } from '@bs/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

/** An organisation row with the names of its district and Land. */
export interface OrganisationRow {
  entity: OrganisationEntity;
  districtName: string | null;
  landName: string | null;
}

/** Reads of organisations; geographic ones use the GiST index on `location`. */
@Injectable()
export class OrganisationRepository {
  constructor(
    @InjectRepository(OrganisationEntity)
    private readonly organisations: Repository<OrganisationEntity>,
  ) {}

  private withRegionNames(
    query: SelectQueryBuilder<OrganisationEntity>,
  ): SelectQueryBuilder<OrganisationEntity> {
    return query
      .leftJoin('district', 'd', 'd.key = o.district_key')
      .leftJoin('land', 'l', 'l.key = o.land_key')
      .addSelect('d.name', 'district_name')
      .addSelect('l.name', 'land_name');
  }

  private async rows(query: SelectQueryBuilder<OrganisationEntity>): Promise<OrganisationRow[]> {
    const { entities, raw } = await this.withRegionNames(query).getRawAndEntities<{
      district_name: string | null;
      land_name: string | null;
    }>();
    return entities.map((entity, i) => ({
      entity,
      districtName: raw[i]?.district_name ?? null,
      landName: raw[i]?.land_name ?? null,
    }));
  }

  async findById(id: string, manager?: EntityManager): Promise<OrganisationRow | null> {
    const repository = manager ? manager.getRepository(OrganisationEntity) : this.organisations;
    const [row] = await this.rows(repository.createQueryBuilder('o').where('o.id = :id', { id }));
    return row ?? null;
  }

  async findByIds(ids: readonly string[]): Promise<OrganisationRow[]> {
    if (ids.length === 0) return [];
    return this.rows(
      this.organisations.createQueryBuilder('o').where('o.id = ANY(:ids)', { ids: [...ids] }),
    );
  }

  /**
   * Organisations inside the box, nearest to its centre first (KNN on the GiST index against
   * a constant point), at most `limit`.
   */
  findInBounds(bounds: Bounds, limit: number): Promise<OrganisationRow[]> {
    const centreLng = (bounds.west + bounds.east) / 2;
    const centreLat = (bounds.south + bounds.north) / 2;
    return this.rows(
      this.organisations
        .createQueryBuilder('o')
        .where(
          'o.location && ST_MakeEnvelope(:west, :south, :east, :north, 4326)::geography',
          bounds,
        )
        .orderBy('o.location <-> ST_SetSRID(ST_MakePoint(:centreLng, :centreLat), 4326)::geography')
        .setParameters({ centreLng, centreLat })
        .limit(limit),
    );
  }
}
