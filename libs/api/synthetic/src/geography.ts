import {
  choosePostcodeRepresentatives,
  readGeodataFiles,
  type GeodataSource,
  type PolygonalGeometry,
} from '@bs/api/regions';
import { populationByDistrict } from './district-population';
import { chance, pickOne, type Random } from './random';

/** A postcode whose representative coordinate lies inside its district. */
export interface SyntheticPostcode {
  readonly postcode: string;
  readonly place: string;
  readonly lat: number;
  readonly lng: number;
}

/**
 * A district outline prepared for fast point-in-polygon tests: every ring as a flat
 * [lng, lat, lng, lat, …] array, each polygon with its bounding box.
 */
export interface DistrictShape {
  readonly polygons: readonly {
    readonly bbox: readonly [number, number, number, number];
    readonly rings: readonly Float64Array[];
  }[];
  readonly bbox: readonly [number, number, number, number];
}

export interface SyntheticDistrict {
  /** AGS, five digits (the `district.key` of the database). */
  readonly key: string;
  readonly landKey: string;
  readonly name: string;
  readonly population: number;
  readonly shape: DistrictShape;
  /** Area in km² (planar approximation, good enough for spacing points). */
  readonly areaKm2: number;
  /** Postcodes whose coordinate lies inside the district outline. */
  readonly postcodes: readonly SyntheticPostcode[];
  /** How far around a postcode's coordinate organisations scatter. */
  readonly jitterKm: number;
}

export interface SyntheticGeography {
  /** In key order. */
  readonly districts: readonly SyntheticDistrict[];
}

export function districtShape(geometry: PolygonalGeometry): DistrictShape {
  const polygons = (
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  ) as number[][][][];
  const prepared = polygons.map((polygon) => {
    const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    const rings = polygon.map((ring) => {
      const flat = new Float64Array(ring.length * 2);
      ring.forEach(([lng = 0, lat = 0], i) => {
        flat[2 * i] = lng;
        flat[2 * i + 1] = lat;
        bbox[0] = Math.min(bbox[0], lng);
        bbox[1] = Math.min(bbox[1], lat);
        bbox[2] = Math.max(bbox[2], lng);
        bbox[3] = Math.max(bbox[3], lat);
      });
      return flat;
    });
    return { bbox, rings };
  });
  const bbox: [number, number, number, number] = [
    Math.min(...prepared.map((p) => p.bbox[0])),
    Math.min(...prepared.map((p) => p.bbox[1])),
    Math.max(...prepared.map((p) => p.bbox[2])),
    Math.max(...prepared.map((p) => p.bbox[3])),
  ];
  return { polygons: prepared, bbox };
}

/**
 * Even-odd point-in-polygon over every ring (outer rings and holes alike), the planar test
 * PostGIS applies to `geom::geometry` when it assigns a district to a point.
 */
export function shapeContains(shape: DistrictShape, lng: number, lat: number): boolean {
  const inBox = (b: readonly [number, number, number, number]) =>
    lng >= b[0] && lng <= b[2] && lat >= b[1] && lat <= b[3];
  if (!inBox(shape.bbox)) return false;
  for (const polygon of shape.polygons) {
    if (!inBox(polygon.bbox)) continue;
    let inside = false;
    for (const ring of polygon.rings) {
      const n = ring.length / 2;
      for (let i = 0, j = n - 1; i < n; j = i++) {
        const xi = ring[2 * i] ?? 0;
        const yi = ring[2 * i + 1] ?? 0;
        const xj = ring[2 * j] ?? 0;
        const yj = ring[2 * j + 1] ?? 0;
        if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) {
          inside = !inside;
        }
      }
    }
    if (inside) return true;
  }
  return false;
}

const KM_PER_DEGREE = 111.2;

/** Shoelace area of the outline in km², with longitude scaled at each polygon's latitude. */
function shapeAreaKm2(shape: DistrictShape): number {
  let area = 0;
  for (const polygon of shape.polygons) {
    const scale = Math.cos((((polygon.bbox[1] + polygon.bbox[3]) / 2) * Math.PI) / 180);
    polygon.rings.forEach((ring, r) => {
      let sum = 0;
      const n = ring.length / 2;
      for (let i = 0, j = n - 1; i < n; j = i++) {
        sum +=
          ((ring[2 * j] ?? 0) - (ring[2 * i] ?? 0)) *
          ((ring[2 * j + 1] ?? 0) + (ring[2 * i + 1] ?? 0));
      }
      // The first ring of a polygon is its outline, the others are holes.
      area += (r === 0 ? 1 : -1) * Math.abs(sum / 2) * scale * KM_PER_DEGREE * KM_PER_DEGREE;
    });
  }
  return area;
}

/**
 * Prepares the districts, their population and their postcodes from the offline geodata (read
 * with the same code as `geo:import`). A postcode belongs to the district whose outline holds
 * its coordinate; postcodes outside every outline (a few border and coastal places, large
 * customers) are left out, so every point scattered around a postcode starts inside.
 */
export function syntheticGeography(
  source: Pick<GeodataSource, 'districts' | 'postcodeRows'>,
  population: ReadonlyMap<string, number> = populationByDistrict(
    source.districts.map((d) => d.key),
  ),
): SyntheticGeography {
  const prepared = [...source.districts]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((district) => ({ district, shape: districtShape(district.geometry) }));
  const byKey = new Map(prepared.map((p) => [p.district.key, p]));
  const postcodes = new Map<string, SyntheticPostcode[]>(prepared.map((p) => [p.district.key, []]));

  for (const representative of choosePostcodeRepresentatives(source.postcodeRows)) {
    if (representative.largeCustomer) continue;
    const { lng, lat } = representative;
    // The source's district first (almost always right), then every other outline.
    const claimed = representative.districtKey ? byKey.get(representative.districtKey) : undefined;
    const home =
      claimed && shapeContains(claimed.shape, lng, lat)
        ? claimed
        : prepared.find((p) => shapeContains(p.shape, lng, lat));
    if (!home) continue;
    postcodes.get(home.district.key)?.push({
      postcode: representative.postcode,
      place: representative.place,
      lat,
      lng,
    });
  }

  return {
    districts: prepared.map(({ district, shape }) => {
      const own = postcodes.get(district.key) ?? [];
      const areaKm2 = shapeAreaKm2(shape);
      const inhabitants = population.get(district.key);
      if (inhabitants === undefined) {
        throw new Error(`No population for district ${district.key} ${district.name}`);
      }
      if (own.length === 0) {
        throw new Error(`No postcode lies inside district ${district.key} ${district.name}`);
      }
      return {
        key: district.key,
        landKey: district.key.slice(0, 2),
        name: district.name,
        population: inhabitants,
        shape,
        areaKm2,
        postcodes: own,
        // About a third of the mean spacing of the district's postcodes: organisations
        // cluster around towns and still spread into the surrounding villages.
        jitterKm: Math.min(4, Math.max(0.5, 0.35 * Math.sqrt(areaKm2 / own.length))),
      };
    }),
  };
}

/** Reads the geodata folder (GEO_DATA_DIR) and prepares it for the generator. */
export async function loadSyntheticGeography(geoDataDir: string): Promise<SyntheticGeography> {
  return syntheticGeography(await readGeodataFiles(geoDataDir));
}

export interface PlacedPoint {
  readonly lat: number;
  readonly lng: number;
  readonly postcode: SyntheticPostcode;
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * A point near a random postcode of the district, scattered uniformly in a disc of the
 * district's jitter radius and kept only when it stays inside the district (after rounding to
 * the stored precision); after a few misses the postcode's own coordinate is used, which lies
 * inside by construction.
 */
export function placeInDistrict(random: Random, district: SyntheticDistrict): PlacedPoint {
  const postcode = pickOne(random, district.postcodes);
  const cosLat = Math.cos((postcode.lat * Math.PI) / 180);
  for (let attempt = 0; attempt < 6; attempt++) {
    // Some organisations sit right in the centre (town hall square, main street).
    const radiusKm = chance(random, 0.1) ? 0.05 : district.jitterKm * Math.sqrt(random.next());
    const angle = 2 * Math.PI * random.next();
    const lat = round6(postcode.lat + (radiusKm / KM_PER_DEGREE) * Math.cos(angle));
    const lng = round6(postcode.lng + (radiusKm / (KM_PER_DEGREE * cosLat)) * Math.sin(angle));
    if (shapeContains(district.shape, lng, lat)) return { lat, lng, postcode };
  }
  return { lat: postcode.lat, lng: postcode.lng, postcode };
}
