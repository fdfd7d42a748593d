import type { Bounds } from '@bs/domain';
import type { LatLngBounds } from 'leaflet';

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Three decimals (~100 m): small pans reuse cached results, no marker at the edge is lost. */
const PRECISION = 1000;

/**
 * The visible area as query bounds: clamped to valid latitudes and longitudes (a zoomed-out map
 * can show more than the world) and rounded outwards.
 */
export function viewportBounds(bounds: LatLngBounds): Bounds {
  const south = clamp(bounds.getSouth(), -90, 90);
  const north = clamp(bounds.getNorth(), -90, 90);
  const west = clamp(bounds.getWest(), -180, 180);
  const east = clamp(bounds.getEast(), -180, 180);
  return {
    south: Math.floor(Math.min(south, north) * PRECISION) / PRECISION,
    west: Math.floor(Math.min(west, east) * PRECISION) / PRECISION,
    north: Math.ceil(Math.max(south, north) * PRECISION) / PRECISION,
    east: Math.ceil(Math.max(west, east) * PRECISION) / PRECISION,
  };
}
