import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importGeodata } from './geodata-importer';
import { DISTRICT_AT_SQL, GeodataRepository } from './geodata.repository';
import { InvalidPostcodeError, UnknownPostcodeError } from './geocoding.errors';
import { GeocodingService } from './geocoding.service';
import {
  startGeodataTestDatabase,
  testGeoDataDir,
  type GeodataTestDatabase,
} from './testing/geodata-test-database';

const HEIDELBERG_CASTLE = { lat: 49.4106, lng: 8.7153 };

describe('GeocodingService (on the imported offline geodata)', () => {
  let test: GeodataTestDatabase;
  let geocoding: GeocodingService;

  beforeAll(async () => {
    test = await startGeodataTestDatabase();
    await importGeodata(test.dataSource, testGeoDataDir);
    geocoding = new GeocodingService(GeodataRepository.forDataSource(test.dataSource));
  });
  afterAll(() => test?.stop());

  describe('lookupPostcode', () => {
    it('finds Mannheim with its district and Land', async () => {
      const found = await geocoding.lookupPostcode('68159');
      expect(found).toMatchObject({
        postcode: '68159',
        place: 'Mannheim',
        largeCustomer: false,
        district: { key: '08222', name: 'Mannheim', land: { key: '08' } },
        land: { key: '08', name: 'Baden-Württemberg' },
      });
      expect(found.location.lat).toBeCloseTo(49.49, 1);
      expect(found.location.lng).toBeCloseTo(8.47, 1);
    });

    it('finds Heidelberg (08221) and Berlin (11000)', async () => {
      expect(await geocoding.lookupPostcode('69117')).toMatchObject({
        place: 'Heidelberg',
        district: { key: '08221', name: 'Heidelberg' },
      });
      expect(await geocoding.lookupPostcode(' 10115 ')).toMatchObject({
        postcode: '10115',
        place: 'Berlin',
        district: { key: '11000', name: 'Berlin' },
        land: { key: '11', name: 'Berlin' },
      });
    });

    it('names a city postcode after the city and keeps its quarters as places', async () => {
      const dresden = await geocoding.lookupPostcode('01067');
      expect(dresden.place).toBe('Dresden');
      expect(dresden.places).toEqual(
        expect.arrayContaining(['Dresden Innere Altstadt', 'Dresden Friedrichstadt']),
      );
    });

    it('names a large-customer code after its town and keeps the recipients as places', async () => {
      const courts = await geocoding.lookupPostcode('80097');
      expect(courts).toMatchObject({
        place: 'München',
        largeCustomer: true,
        district: { key: '09162' },
        land: { key: '09', name: 'Bayern' },
      });
      expect(courts.places).toContain('Amtsgericht München Strafabteilung');
      expect(await geocoding.lookupPostcode('70790')).toMatchObject({
        place: 'Filderstadt',
        largeCustomer: true,
        district: { key: '08116' },
      });
    });

    it('rejects an unknown postcode with a field error', async () => {
      const error = await geocoding.lookupPostcode('00000').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnknownPostcodeError);
      expect((error as UnknownPostcodeError).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        messageKey: 'regions.unknownPostcode',
        fields: [{ field: 'postcode', messageKey: 'regions.unknownPostcode' }],
      });
    });

    it('rejects malformed postcodes', async () => {
      for (const input of ['123', '681590', '6815a', '']) {
        const error = await geocoding.lookupPostcode(input).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(InvalidPostcodeError);
        expect((error as InvalidPostcodeError).extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          messageKey: 'regions.invalidPostcode',
          fields: [{ field: 'postcode', messageKey: 'regions.invalidPostcode' }],
        });
      }
    });
  });

  describe('districtAt', () => {
    it('places Heidelberg castle in Heidelberg, Baden-Württemberg', async () => {
      const land = { key: '08', name: 'Baden-Württemberg' };
      expect(await geocoding.districtAt(HEIDELBERG_CASTLE)).toEqual({
        district: { key: '08221', name: 'Heidelberg', type: 'Stadtkreis', land },
        land,
      });
    });

    it('returns null for a point in the North Sea', async () => {
      expect(await geocoding.districtAt({ lat: 54.5, lng: 6.0 })).toBeNull();
    });

    it('tells apart two points 180 m apart on either side of a district border', async () => {
      // The Heidelberg / Rhein-Neckar-Kreis border (VG5000 outline) crosses latitude 49.405
      // between longitudes 8.6315 and 8.6320.
      const west = await geocoding.districtAt({ lat: 49.405, lng: 8.6305 });
      const east = await geocoding.districtAt({ lat: 49.405, lng: 8.633 });
      expect(west?.district.key).toBe('08226');
      expect(east?.district.key).toBe('08221');
    });

    it('finds the district through the GiST index', async () => {
      const plan = await test.dataSource.query<{ 'QUERY PLAN': string }[]>(
        `EXPLAIN ${DISTRICT_AT_SQL}`,
        [HEIDELBERG_CASTLE.lng, HEIDELBERG_CASTLE.lat],
      );
      expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain(
        'district_geom_geometry_gist',
      );
    });
  });
});
