/** A geographic bounding box in WGS84 degrees. */
export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

export interface LatLng {
  lat: number;
  lng: number;
}

/** Bounding box of Germany with a small margin, used as the default map view. */
export const GERMANY_BOUNDS: Bounds = { south: 47.2, west: 5.8, north: 55.1, east: 15.1 };

export type BoundsProblem =
  | { field: keyof Bounds; code: 'OUT_OF_RANGE' | 'NOT_A_NUMBER' }
  | { field: 'south' | 'west'; code: 'INVERTED' };

/**
 * Checks that a bounding box is well-formed: finite numbers, latitudes within ±90,
 * longitudes within ±180, and south ≤ north, west ≤ east (boxes across the antimeridian
 * are not supported; Brückenschlag is a German platform).
 */
export function boundsProblems(bounds: Bounds): BoundsProblem[] {
  const problems: BoundsProblem[] = [];
  const limits: Record<keyof Bounds, number> = { south: 90, north: 90, west: 180, east: 180 };
  for (const field of Object.keys(limits) as (keyof Bounds)[]) {
    const value = bounds[field];
    if (!Number.isFinite(value)) problems.push({ field, code: 'NOT_A_NUMBER' });
    else if (Math.abs(value) > limits[field]) problems.push({ field, code: 'OUT_OF_RANGE' });
  }
  if (problems.length > 0) return problems;
  if (bounds.south > bounds.north) problems.push({ field: 'south', code: 'INVERTED' });
  if (bounds.west > bounds.east) problems.push({ field: 'west', code: 'INVERTED' });
  return problems;
}

/** Whether a point lies inside a bounding box (edges included). */
export function containsPoint(bounds: Bounds, point: LatLng): boolean {
  return (
    point.lat >= bounds.south &&
    point.lat <= bounds.north &&
    point.lng >= bounds.west &&
    point.lng <= bounds.east
  );
}
