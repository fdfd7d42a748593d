/** One row of the GeoNames postcode list: a place (or recipient) that has the postcode. */
export interface PostcodeSourceRow {
  postcode: string;
  place: string;
  /** District key (AGS) given by the source; null when it gives none. */
  districtKey: string | null;
  lat: number;
  lng: number;
  /**
   * A large-customer entry: a company or authority with a postcode of its own (GeoNames lists
   * it under the recipient's name), not a locality.
   */
  largeCustomer: boolean;
}

/** The one coordinate, place and district chosen for a postcode. */
export interface PostcodeRepresentative {
  postcode: string;
  lat: number;
  lng: number;
  /** Representative place name: a locality, also for large-customer codes. */
  place: string;
  /** The other names listed for the postcode: localities first, then recipients. */
  places: string[];
  districtKey: string | null;
  /** True when the postcode has no ordinary locality, only large-customer recipients. */
  largeCustomer: boolean;
}

interface Group {
  districtKey: string | null;
  rows: PostcodeSourceRow[];
}

const collator = new Intl.Collator('de');

/** Squared distance in degrees of latitude, longitude scaled by cos(latitude). */
function distance2(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const dLat = a.lat - b.lat;
  const dLng = (a.lng - b.lng) * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return dLat * dLat + dLng * dLng;
}

const round = (value: number) => Math.round(value * 1e5) / 1e5;

function mean(rows: PostcodeSourceRow[]): { lat: number; lng: number } {
  const sum = rows.reduce((acc, r) => ({ lat: acc.lat + r.lat, lng: acc.lng + r.lng }), {
    lat: 0,
    lng: 0,
  });
  return { lat: round(sum.lat / rows.length), lng: round(sum.lng / rows.length) };
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * Chooses one representative coordinate, place and district per postcode.
 *
 * - Only localities count when a postcode has any; large-customer recipients only when it has
 *   nothing else.
 * - The district with most of those rows wins (ties: the one with the better-known place, then
 *   the lower key); the coordinate is the mean of that district's rows, so a postcode that
 *   straddles a district border is not placed between two towns.
 * - The place is the locality listed under most postcodes overall (a town before its villages
 *   and "Dresden" before "Dresden Innere Altstadt"); ties go to the one nearest the coordinate.
 * - A large-customer code is named after the locality nearest to it (in its district when
 *   possible), shortened to the municipality ("Stuttgart" rather than "Stuttgart Degerloch").
 */
export function choosePostcodeRepresentatives(
  rows: readonly PostcodeSourceRow[],
): PostcodeRepresentative[] {
  const byPostcode = new Map<string, PostcodeSourceRow[]>();
  for (const row of rows) {
    const list = byPostcode.get(row.postcode);
    if (list) list.push(row);
    else byPostcode.set(row.postcode, [row]);
  }

  // How many postcodes list a locality name: a proxy for the size of the place.
  const postcodesOfName = new Map<string, Set<string>>();
  for (const row of rows) {
    if (row.largeCustomer) continue;
    const set = postcodesOfName.get(row.place) ?? new Set<string>();
    set.add(row.postcode);
    postcodesOfName.set(row.place, set);
  }
  const frequency = (name: string) => postcodesOfName.get(name)?.size ?? 0;

  const localities = rows.filter((r) => !r.largeCustomer);
  const localitiesByDistrict = new Map<string | null, PostcodeSourceRow[]>();
  for (const row of localities) {
    const list = localitiesByDistrict.get(row.districtKey) ?? [];
    list.push(row);
    localitiesByDistrict.set(row.districtKey, list);
  }

  /** The best-known name among the rows; ties go to the one nearest `centre`, then A–Z. */
  const bestName = (candidates: PostcodeSourceRow[], centre: { lat: number; lng: number }) =>
    [...candidates].sort(
      (a, b) =>
        frequency(b.place) - frequency(a.place) ||
        distance2(a, centre) - distance2(b, centre) ||
        collator.compare(a.place, b.place),
    )[0];

  /** "Stuttgart Degerloch" → "Stuttgart": the best-known locality name that is a word prefix. */
  const municipality = (place: string) => {
    const words = place.split(' ');
    let best = place;
    for (let n = 1; n < words.length; n++) {
      const prefix = words.slice(0, n).join(' ');
      if (frequency(prefix) > frequency(best)) best = prefix;
    }
    return best;
  };

  const result: PostcodeRepresentative[] = [];
  for (const [postcode, all] of byPostcode) {
    const ordinary = all.filter((r) => !r.largeCustomer);
    const candidates = ordinary.length > 0 ? ordinary : all;

    const groups = new Map<string | null, Group>();
    for (const row of candidates) {
      const group = groups.get(row.districtKey) ?? { districtKey: row.districtKey, rows: [] };
      group.rows.push(row);
      groups.set(row.districtKey, group);
    }
    const bestFrequency = (g: Group) => Math.max(...g.rows.map((r) => frequency(r.place)));
    const [chosen] = [...groups.values()].sort(
      (a, b) =>
        b.rows.length - a.rows.length ||
        bestFrequency(b) - bestFrequency(a) ||
        // Rows with a district key before those without; then the lower key.
        (a.districtKey === null ? 1 : 0) - (b.districtKey === null ? 1 : 0) ||
        collator.compare(a.districtKey ?? '', b.districtKey ?? ''),
    );
    if (!chosen) continue;
    const centre = mean(chosen.rows);

    let place: string;
    if (ordinary.length > 0) {
      place = bestName(chosen.rows, centre).place;
    } else {
      const nearby = localitiesByDistrict.get(chosen.districtKey) ?? localities;
      const nearest = nearby.reduce<PostcodeSourceRow | undefined>(
        (best, row) => (!best || distance2(row, centre) < distance2(best, centre) ? row : best),
        undefined,
      );
      place = nearest ? municipality(nearest.place) : chosen.rows[0].place;
    }

    const ordinaryNames = distinct(ordinary.map((r) => r.place)).sort(
      (a, b) => frequency(b) - frequency(a) || collator.compare(a, b),
    );
    const recipientNames = distinct(all.filter((r) => r.largeCustomer).map((r) => r.place)).sort(
      collator.compare,
    );
    result.push({
      postcode,
      lat: centre.lat,
      lng: centre.lng,
      place,
      places: distinct([...ordinaryNames, ...recipientNames]).filter((name) => name !== place),
      districtKey: chosen.districtKey,
      largeCustomer: ordinary.length === 0,
    });
  }
  return result.sort((a, b) => a.postcode.localeCompare(b.postcode));
}
