import { describe, expect, it } from 'vitest';
import {
  GeodataFormatError,
  parseGeonamesPostcodes,
  readGeodataFiles,
  repairMojibake,
} from './geodata-files';
import { testGeoDataDir } from './testing/geodata-test-database';

const HEADER =
  'country_code,zipcode,place,state,state_code,province,province_code,community,community_code,latitude,longitude';

describe('parseGeonamesPostcodes', () => {
  it('tells localities from large-customer recipients and repairs mis-encoded names', () => {
    const rows = parseGeonamesPostcodes(
      [
        HEADER,
        'DE,68159,Mannheim,Baden-Württemberg,BW,Regierungsbezirk Karlsruhe,082,Mannheim,08222,49.4934,8.4653',
        'DE,10875,LAB1886 GmbH,Baden-Württemberg,01,Regierungsbezirk Stuttgart,081,Stadtkreis Stuttgart,08111,48.7239,9.1699',
        'DE,50606,Industrie- und Handelskammer zu KÃ¶ln,Nordrhein-Westfalen,07,,,Köln,05315,50.9,6.9',
        'DE,87491,Jungholz,,,,,,,47.5741,10.4472',
      ].join('\n'),
      'test.csv',
    );
    expect(rows).toEqual([
      {
        postcode: '68159',
        place: 'Mannheim',
        districtKey: '08222',
        lat: 49.4934,
        lng: 8.4653,
        largeCustomer: false,
      },
      {
        postcode: '10875',
        place: 'LAB1886 GmbH',
        districtKey: '08111',
        lat: 48.7239,
        lng: 9.1699,
        largeCustomer: true,
      },
      {
        postcode: '50606',
        place: 'Industrie- und Handelskammer zu Köln',
        districtKey: '05315',
        lat: 50.9,
        lng: 6.9,
        largeCustomer: true,
      },
      {
        postcode: '87491',
        place: 'Jungholz',
        districtKey: null,
        lat: 47.5741,
        lng: 10.4472,
        largeCustomer: false,
      },
    ]);
  });

  it('names the file, line and problem of a malformed row', () => {
    expect(() => parseGeonamesPostcodes(`${HEADER}\nDE,6815,X,,BW,,,,08222,49,8`, 'p.csv')).toThrow(
      new GeodataFormatError('p.csv', 'line 2: postcode "6815" is not 5 digits'),
    );
    expect(() =>
      parseGeonamesPostcodes(`${HEADER}\nDE,68159,X,,BW,,,,08222,north,8`, 'p.csv'),
    ).toThrow(/line 2: invalid coordinate/);
    expect(() => parseGeonamesPostcodes('zipcode,place\n68159,X', 'p.csv')).toThrow(
      /column "state_code" missing/,
    );
  });

  it('leaves correctly encoded names alone', () => {
    expect(repairMojibake('Köln')).toBe('Köln');
    expect(repairMojibake('Ärztekammer Ã¼ber')).toBe('Ärztekammer Ã¼ber');
  });
});

describe('readGeodataFiles (real files)', () => {
  it('reads 401 districts, 16 Länder with their plain names, and every postcode row', async () => {
    const source = await readGeodataFiles(testGeoDataDir);
    expect(source.districts).toHaveLength(401);
    expect(source.lands.map((l) => l.key)).toEqual(
      Array.from({ length: 16 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    expect(source.lands.find((l) => l.key === '08')?.name).toBe('Baden-Württemberg');
    expect(new Set(source.postcodeRows.map((r) => r.postcode)).size).toBeGreaterThan(10_000);
    expect(source.postcodeRows.filter((r) => r.place.includes('Ã'))).toEqual([]);
    expect(source.files.map((f) => f.bytes)).toEqual([
      expect.any(Number),
      expect.any(Number),
      expect.any(Number),
    ]);
  });
});
