import 'reflect-metadata';
import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { geodataEntities } from '@bs/api/regions';
import { OrganisationEntity } from './organisation.entity';
import { OrganisationRepository } from './organisation.repository';

describe('OrganisationRepository (PostGIS)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let repository: OrganisationRepository;

  beforeAll(async () => {
    db = await startTestDatabase();
    dataSource = new DataSource({
      type: 'postgres',
      url: db.url,
      entities: [OrganisationEntity, ...geodataEntities],
      installExtensions: false,
    });
    await dataSource.initialize();
    repository = new OrganisationRepository(dataSource.getRepository(OrganisationEntity));
    const place = (name: string, lng: number, lat: number) =>
      dataSource.getRepository(OrganisationEntity).create({
        kind: 'KMU',
        name,
        postcode: '68159',
        city: 'Mannheim',
        location: { type: 'Point', coordinates: [lng, lat] },
      });
    await dataSource
      .getRepository(OrganisationEntity)
      .save([
        place('Mitte', 8.5, 49.5),
        place('Nah', 8.52, 49.51),
        place('Fern', 8.7, 49.6),
        place('Hamburg', 10.0, 53.55),
      ]);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.stop();
  });

  it('finds organisations inside the box, nearest to its centre first', async () => {
    const found = await repository.findInBounds(
      { south: 49.4, west: 8.3, north: 49.6, east: 8.7 },
      10,
    );
    expect(found.map((o) => o.entity.name)).toEqual(['Mitte', 'Nah', 'Fern']);
  });

  it('honours the limit and returns the location as a point', async () => {
    const [first, ...rest] = await repository.findInBounds(
      { south: 49.4, west: 8.3, north: 49.6, east: 8.7 },
      1,
    );
    expect(rest).toEqual([]);
    expect(first?.entity.location).toEqual({ type: 'Point', coordinates: [8.5, 49.5] });
  });

  it('finds nothing in an empty box', async () => {
    expect(
      await repository.findInBounds({ south: 47.5, west: 12, north: 48, east: 13 }, 10),
    ).toEqual([]);
  });

  it('rejects rows that violate the schema checks (blank name, malformed postcode)', async () => {
    const insert = (name: string, postcode: string) =>
      dataSource.query(
        `INSERT INTO organisation (kind, name, postcode, city, location)
         VALUES ('ZO', $1, $2, 'X', ST_SetSRID(ST_MakePoint(8, 49), 4326)::geography)`,
        [name, postcode],
      );
    await expect(insert('  ', '68159')).rejects.toThrow(/organisation_name_check/);
    await expect(insert('Verein', '6815')).rejects.toThrow(/organisation_postcode_check/);
  });
});
