import type { Point } from 'typeorm';
import type { GeoPoint } from './models/geo-point.model';

/** Maps a PostGIS point (GeoJSON, [lng, lat]) to the API's GeoPoint. */
export function toGeoPoint(point: Point): GeoPoint {
  const [lng, lat] = point.coordinates;
  if (lng === undefined || lat === undefined) throw new Error('Point without coordinates');
  return { lat, lng };
}

/** Maps a coordinate to a GeoJSON point for a geography(Point, 4326) column. */
export function toPostgisPoint(point: GeoPoint): Point {
  return { type: 'Point', coordinates: [point.lng, point.lat] };
}
