/** Centre and zoom of the map: what the URL stores so a view can be shared and restored. */
export interface MapView {
  lat: number;
  lng: number;
  zoom: number;
}

/** Search parameter names, e.g. `?lat=49.45&lng=8.6&z=10`. */
export const MAP_VIEW_PARAMS = { lat: 'lat', lng: 'lng', zoom: 'z' } as const;

export const MIN_ZOOM = 5;
export const MAX_ZOOM = 18;
/** Web Mercator cannot show the poles; Leaflet clamps to this latitude. */
const MAX_LATITUDE = 85.0511;

function numberParam(params: URLSearchParams, name: string): number | undefined {
  const raw = params.get(name)?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * Reads the view from search parameters. All three must be numbers; out-of-range values are
 * clamped to what the map can show. Anything else yields `null` (use the default view).
 */
export function parseMapView(params: URLSearchParams): MapView | null {
  const lat = numberParam(params, MAP_VIEW_PARAMS.lat);
  const lng = numberParam(params, MAP_VIEW_PARAMS.lng);
  const zoom = numberParam(params, MAP_VIEW_PARAMS.zoom);
  if (lat === undefined || lng === undefined || zoom === undefined) return null;
  return {
    lat: clamp(lat, -MAX_LATITUDE, MAX_LATITUDE),
    lng: clamp(lng, -180, 180),
    zoom: clamp(zoom, MIN_ZOOM, MAX_ZOOM),
  };
}

const round = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/**
 * Rounds a view to about one screen pixel: enough decimals to restore it exactly, few enough
 * for a short, shareable URL (2 decimals at zoom 6, 3 at zoom 10, 6 at zoom 18).
 */
export function roundMapView({ lat, lng, zoom }: MapView): MapView {
  const decimals = Math.max(0, Math.ceil(Math.log10((256 * 2 ** zoom) / 360)));
  return { lat: round(lat, decimals), lng: round(lng, decimals), zoom: round(zoom, 2) };
}

export function sameMapView(a: MapView | null, b: MapView | null): boolean {
  if (a === null || b === null) return a === b;
  const [ra, rb] = [roundMapView(a), roundMapView(b)];
  return ra.lat === rb.lat && ra.lng === rb.lng && ra.zoom === rb.zoom;
}

/** Returns new search parameters with the (rounded) view; other parameters are kept. */
export function withMapView(params: URLSearchParams, view: MapView): URLSearchParams {
  const rounded = roundMapView(view);
  const next = new URLSearchParams(params);
  next.set(MAP_VIEW_PARAMS.lat, String(rounded.lat));
  next.set(MAP_VIEW_PARAMS.lng, String(rounded.lng));
  next.set(MAP_VIEW_PARAMS.zoom, String(rounded.zoom));
  return next;
}
