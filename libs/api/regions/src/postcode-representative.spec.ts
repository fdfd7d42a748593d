import { describe, expect, it } from 'vitest';
import { choosePostcodeRepresentatives, type PostcodeSourceRow } from './postcode-representative';

const locality = (
  postcode: string,
  place: string,
  districtKey: string | null,
  lat: number,
  lng: number,
): PostcodeSourceRow => ({ postcode, place, districtKey, lat, lng, largeCustomer: false });

const recipient = (
  postcode: string,
  place: string,
  districtKey: string,
  lat: number,
  lng: number,
): PostcodeSourceRow => ({ postcode, place, districtKey, lat, lng, largeCustomer: true });

describe('choosePostcodeRepresentatives', () => {
  it('keeps a single place as it is', () => {
    expect(
      choosePostcodeRepresentatives([locality('68159', 'Mannheim', '08222', 49.49, 8.47)]),
    ).toEqual([
      {
        postcode: '68159',
        lat: 49.49,
        lng: 8.47,
        place: 'Mannheim',
        places: [],
        districtKey: '08222',
        largeCustomer: false,
      },
    ]);
  });

  it('averages the rows of the district holding most of them, ignoring the outlier district', () => {
    const [chosen] = choosePostcodeRepresentatives([
      locality('74000', 'Dorf A', '08125', 49.0, 9.0),
      locality('74000', 'Dorf B', '08125', 49.2, 9.2),
      locality('74000', 'Weiler C', '08126', 49.9, 9.9),
    ]);
    expect(chosen).toMatchObject({ lat: 49.1, lng: 9.1, districtKey: '08125' });
    expect(chosen?.places).toContain('Weiler C');
  });

  it('prefers the town listed under most postcodes over its quarters and villages', () => {
    const rows = [
      locality('01067', 'Dresden Innere Altstadt', '14612', 51.05, 13.73),
      locality('01067', 'Dresden', '14612', 51.054, 13.727),
      locality('01067', 'Dresden Friedrichstadt', '14612', 51.058, 13.717),
      locality('01069', 'Dresden', '14612', 51.04, 13.74),
    ];
    const [first] = choosePostcodeRepresentatives(rows);
    expect(first?.place).toBe('Dresden');
    expect(first?.places).toEqual(['Dresden Friedrichstadt', 'Dresden Innere Altstadt']);
  });

  it('breaks ties between equally known places by distance to the centroid', () => {
    const [chosen] = choosePostcodeRepresentatives([
      locality('25938', 'Utersum', '01054', 54.71, 8.41),
      locality('25938', 'Midlum', '01054', 54.715, 8.52),
      locality('25938', 'Wrixum', '01054', 54.7, 8.55),
    ]);
    expect(chosen?.place).toBe('Midlum');
  });

  it('uses localities only when a postcode also lists companies', () => {
    const [chosen] = choosePostcodeRepresentatives([
      recipient('14461', 'Stadtverwaltung Potsdam', '12054', 52.0, 13.0),
      locality('14461', 'Potsdam', '12054', 52.4, 13.06),
    ]);
    expect(chosen).toMatchObject({
      place: 'Potsdam',
      lat: 52.4,
      lng: 13.06,
      places: ['Stadtverwaltung Potsdam'],
      largeCustomer: false,
    });
  });

  it('names a large-customer code after the nearest locality of its district, shortened to the town', () => {
    const rows = [
      locality('70173', 'Stuttgart', '08111', 48.7667, 9.1833),
      locality('70174', 'Stuttgart', '08111', 48.7667, 9.1833),
      // Nearest to the recipients' centroid (48.7671, 9.1753):
      locality('70597', 'Stuttgart Degerloch', '08111', 48.767, 9.176),
      locality('70794', 'Filderstadt', '08116', 48.72, 9.17),
      recipient('70546', 'Daimler AG', '08111', 48.7239, 9.1699),
      recipient('70546', 'Mercedes-Benz Bank AG', '08111', 48.8103, 9.1807),
      recipient('70546', 'Kodak AG', '08116', 48.72, 9.17),
    ];
    const chosen = choosePostcodeRepresentatives(rows).find((r) => r.postcode === '70546');
    expect(chosen).toEqual({
      postcode: '70546',
      lat: 48.7671,
      lng: 9.1753,
      place: 'Stuttgart',
      places: ['Daimler AG', 'Kodak AG', 'Mercedes-Benz Bank AG'],
      districtKey: '08111',
      largeCustomer: true,
    });
  });

  it('keeps a postcode without district key and sorts the result by postcode', () => {
    const result = choosePostcodeRepresentatives([
      locality('87491', 'Jungholz', null, 47.5741, 10.4472),
      locality('01067', 'Dresden', '14612', 51.05, 13.73),
    ]);
    expect(result.map((r) => [r.postcode, r.districtKey])).toEqual([
      ['01067', '14612'],
      ['87491', null],
    ]);
  });
});
