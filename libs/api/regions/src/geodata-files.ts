import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GeodataSourceFile } from './geodata-import.entity';
import { parseCsv } from './parse-csv';
import type { PostcodeSourceRow } from './postcode-representative';

/** The offline geodata files (see ../shared/data/geo/README.md). */
export const GEODATA_FILES = {
  postcodes: 'postcodes-de-geonames.csv',
  districts: 'kreise-vg5000-2021.geojson',
  laender: 'laender-vg5000-2021.geojson',
} as const;

export interface PolygonalGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown[];
}

export interface LandRecord {
  key: string;
  name: string;
  /** All parts of the Land (mainland, islands, coastal waters) as one MultiPolygon. */
  geometry: PolygonalGeometry;
}

export interface DistrictRecord {
  key: string;
  name: string;
  type: string;
  geometry: PolygonalGeometry;
}

export interface GeodataSource {
  dir: string;
  files: GeodataSourceFile[];
  lands: LandRecord[];
  districts: DistrictRecord[];
  postcodeRows: PostcodeSourceRow[];
}

/** A geodata file exists but does not have the expected shape. */
export class GeodataFormatError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'GeodataFormatError';
  }
}

/** Names of the geodata files missing from `dir` (all of them when `dir` does not exist). */
export function missingGeodataFiles(dir: string): string[] {
  return Object.values(GEODATA_FILES).filter((file) => !existsSync(join(dir, file)));
}

/** Reads and checks the three geodata files; nothing touches the database yet. */
export async function readGeodataFiles(dir: string): Promise<GeodataSource> {
  const read = async (file: string) => {
    const content = await readFile(join(dir, file));
    const meta: GeodataSourceFile = {
      file,
      bytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
    };
    return { meta, text: content.toString('utf8') };
  };
  const [postcodes, districts, laender] = await Promise.all([
    read(GEODATA_FILES.postcodes),
    read(GEODATA_FILES.districts),
    read(GEODATA_FILES.laender),
  ]);
  return {
    dir,
    files: [postcodes.meta, districts.meta, laender.meta],
    lands: parseLaender(laender.text, GEODATA_FILES.laender),
    districts: parseDistricts(districts.text, GEODATA_FILES.districts),
    postcodeRows: parseGeonamesPostcodes(postcodes.text, GEODATA_FILES.postcodes),
  };
}

interface Feature {
  properties: Record<string, unknown>;
  geometry: PolygonalGeometry;
}

function polygonalFeatures(text: string, file: string, keyLength: number): Feature[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new GeodataFormatError(file, `not JSON (${(error as Error).message})`);
  }
  const features = (parsed as { features?: unknown }).features;
  if (!Array.isArray(features)) throw new GeodataFormatError(file, 'not a FeatureCollection');
  return features.map((raw: unknown, index) => {
    const feature = raw as Partial<Feature> | null;
    const geometry = feature?.geometry;
    const properties = feature?.properties ?? {};
    if (
      !geometry ||
      (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') ||
      !Array.isArray(geometry.coordinates)
    ) {
      throw new GeodataFormatError(file, `feature ${index} is not a Polygon or MultiPolygon`);
    }
    const key = properties['ARS'];
    if (typeof key !== 'string' || !new RegExp(`^\\d{${keyLength}}$`).test(key)) {
      throw new GeodataFormatError(file, `feature ${index} has no ${keyLength}-digit ARS`);
    }
    if (typeof properties['GEN'] !== 'string' || properties['GEN'] === '') {
      throw new GeodataFormatError(file, `feature ${index} (${key}) has no name (GEN)`);
    }
    return { properties, geometry };
  });
}

function parseDistricts(text: string, file: string): DistrictRecord[] {
  const seen = new Set<string>();
  return polygonalFeatures(text, file, 5).map(({ properties, geometry }) => {
    const key = properties['ARS'] as string;
    if (seen.has(key)) throw new GeodataFormatError(file, `district ${key} appears twice`);
    seen.add(key);
    return {
      key,
      name: properties['GEN'] as string,
      type: typeof properties['BEZ'] === 'string' ? properties['BEZ'] : '',
      geometry,
    };
  });
}

/**
 * The Länder file has several features per Land (coastal waters, Lake Constance parts named
 * e.g. "Bayern (Bodensee)"): they are merged into one MultiPolygon under the plain name.
 */
function parseLaender(text: string, file: string): LandRecord[] {
  const byKey = new Map<string, { names: string[]; polygons: unknown[] }>();
  for (const { properties, geometry } of polygonalFeatures(text, file, 2)) {
    const key = properties['ARS'] as string;
    const land = byKey.get(key) ?? { names: [], polygons: [] };
    land.names.push(properties['GEN'] as string);
    if (geometry.type === 'Polygon') land.polygons.push(geometry.coordinates);
    else land.polygons.push(...geometry.coordinates);
    byKey.set(key, land);
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, { names, polygons }]) => ({
      key,
      name: names.reduce((shortest, name) => (name.length < shortest.length ? name : shortest)),
      geometry: { type: 'MultiPolygon', coordinates: polygons },
    }));
}

/** Legal forms that only a company name contains (never a locality in the GeoNames list). */
const LEGAL_FORM = /(GmbH|\bAG\b|\bKG\b|\bKGaA\b|\bOHG\b|\bGbR\b|\beG\b|\bSE\b|\bmbH\b|e\.\s?V\.)/;

/** Undoes UTF-8 read as Latin-1 ("KÃ¶ln" → "Köln"), which a few GeoNames names suffer from. */
export function repairMojibake(text: string): string {
  if (!/[ÃÂ][\u0080-\u00bf]/.test(text) || /[\u0100-\uffff]/.test(text)) return text;
  const repaired = Buffer.from(text, 'latin1').toString('utf8');
  return repaired.includes('\ufffd') ? text : repaired;
}

const REQUIRED_COLUMNS = [
  'zipcode',
  'place',
  'state_code',
  'community_code',
  'latitude',
  'longitude',
] as const;

/**
 * Reads the GeoNames postcode CSV. Large-customer entries are recognised by their numeric state
 * code (localities carry the two-letter code, e.g. "BW"; the large-customer rows come from a
 * different source with codes like "01") or by a legal form in the name.
 */
export function parseGeonamesPostcodes(text: string, file: string): PostcodeSourceRow[] {
  const [header, ...records] = parseCsv(text);
  if (!header) throw new GeodataFormatError(file, 'empty file');
  const column = Object.fromEntries(
    REQUIRED_COLUMNS.map((name) => {
      const index = header.indexOf(name);
      if (index < 0) throw new GeodataFormatError(file, `column "${name}" missing`);
      return [name, index];
    }),
  ) as Record<(typeof REQUIRED_COLUMNS)[number], number>;
  return records
    .filter((fields) => fields.length > 1)
    .map((fields, index) => {
      const line = index + 2;
      const value = (name: (typeof REQUIRED_COLUMNS)[number]) =>
        (fields[column[name]] ?? '').trim();
      const postcode = value('zipcode');
      const lat = Number(value('latitude'));
      const lng = Number(value('longitude'));
      if (!/^\d{5}$/.test(postcode)) {
        throw new GeodataFormatError(file, `line ${line}: postcode "${postcode}" is not 5 digits`);
      }
      const validCoordinate =
        value('latitude') !== '' &&
        value('longitude') !== '' &&
        Math.abs(lat) <= 90 &&
        Math.abs(lng) <= 180;
      if (!validCoordinate) {
        throw new GeodataFormatError(file, `line ${line}: invalid coordinate`);
      }
      const place = repairMojibake(value('place')) || postcode;
      const districtKey = value('community_code');
      return {
        postcode,
        place,
        districtKey: /^\d{5}$/.test(districtKey) ? districtKey : null,
        lat,
        lng,
        largeCustomer: /^\d+$/.test(value('state_code')) || LEGAL_FORM.test(place),
      };
    });
}
