type Position = number[];
type Ring = Position[];

interface Geometry {
  type: string;
  coordinates: unknown;
}

export interface Feature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: Geometry;
}

export interface FeatureCollection {
  type: 'FeatureCollection';
  features: Feature[];
}

const round = (value: number, digits: number) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

function simplifyRing(ring: Ring, digits: number): Ring {
  const result: Ring = [];
  for (const [lng, lat] of ring) {
    const point = [round(lng, digits), round(lat, digits)];
    const last = result[result.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) result.push(point);
  }
  return result;
}

/**
 * Rounds outline coordinates to `digits` decimals (3 ≈ 100 m) and drops the points that
 * collapse onto their neighbour: an outline for the background of a national map, about a
 * quarter of the original size. Rings that degenerate (fewer than four points) are dropped.
 */
export function simplifyOutlines(
  collection: FeatureCollection,
  digits: number,
  keepProperties: string[],
): FeatureCollection {
  const polygon = (rings: Ring[]) =>
    rings.map((ring) => simplifyRing(ring, digits)).filter((ring) => ring.length >= 4);
  return {
    type: 'FeatureCollection',
    features: collection.features.map((feature) => {
      const { type, coordinates } = feature.geometry;
      const simplified =
        type === 'Polygon'
          ? polygon(coordinates as Ring[])
          : type === 'MultiPolygon'
            ? (coordinates as Ring[][]).map(polygon).filter((p) => p.length > 0)
            : coordinates;
      return {
        type: 'Feature',
        properties: Object.fromEntries(keepProperties.map((k) => [k, feature.properties[k]])),
        geometry: { type, coordinates: simplified },
      };
    }),
  };
}
