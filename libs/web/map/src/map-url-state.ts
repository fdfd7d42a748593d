import {
  ORGANISATION_KINDS,
  QUALITY_ATTRIBUTE_CODES,
  THEME_CODES,
  TOPIC_CODES,
  type OrganisationKind,
} from '@bs/domain';
import type { MapFilterInput } from '@bs/web/data-access';

/** A radius search: around a place, postcode or point. */
export interface MapNear {
  lat: number;
  lng: number;
  radiusKm: number;
  /** What was searched, e.g. "68159 Mannheim" (shown, not interpreted). */
  label: string;
}

/** What the map (and its list) shows. Empty lists do not filter. */
export interface MapFilter {
  kinds: OrganisationKind[];
  offers: string[];
  seeks: string[];
  themes: string[];
  attributes: string[];
  verifiedOnly: boolean;
  districtKey: string | null;
  text: string;
  near: MapNear | null;
}

export type MapMode = 'map' | 'list';

/** Everything of the map a link keeps besides the view (centre and zoom, see map-view.ts). */
export interface MapUrlState {
  filter: MapFilter;
  /** The organisation whose card is open. */
  selected: string | null;
  mode: MapMode;
  /** Whether district and Land outlines are shown. */
  regions: boolean;
}

/** Search parameter names, e.g. `?offers=donations,in-kind&org=…&view=list`. */
export const MAP_STATE_PARAMS = {
  kinds: 'kinds',
  offers: 'offers',
  seeks: 'seeks',
  themes: 'themes',
  attributes: 'attrs',
  verifiedOnly: 'verified',
  districtKey: 'district',
  text: 'q',
  near: 'near',
  nearLabel: 'place',
  selected: 'org',
  mode: 'view',
  regions: 'regions',
} as const;

export const RADIUS_CHOICES_KM = [5, 10, 25, 50, 100] as const;
export const DEFAULT_RADIUS_KM = 25;
export const MAX_TEXT_LENGTH = 100;

export const EMPTY_FILTER: MapFilter = {
  kinds: [],
  offers: [],
  seeks: [],
  themes: [],
  attributes: [],
  verifiedOnly: false,
  districtKey: null,
  text: '',
  near: null,
};

// Codes only: labels come from the API's `taxonomy` query.
const TOPICS = new Set<string>(TOPIC_CODES);
const THEMES = new Set<string>(THEME_CODES);
const ATTRIBUTES = new Set<string>(QUALITY_ATTRIBUTE_CODES);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Known codes of a comma-separated parameter, each once, in the order given. */
function codes(params: URLSearchParams, name: string, known: ReadonlySet<string>): string[] {
  const raw = params.get(name)?.split(',') ?? [];
  return [...new Set(raw.map((code) => code.trim()).filter((code) => known.has(code)))];
}

function parseNear(params: URLSearchParams): MapNear | null {
  const parts = params.get(MAP_STATE_PARAMS.near)?.split(',').map(Number) ?? [];
  const [lat, lng, radiusKm] = parts;
  if (parts.length !== 3 || lat === undefined || lng === undefined || radiusKm === undefined) {
    return null;
  }
  if (![lat, lng, radiusKm].every(Number.isFinite)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180 || radiusKm < 1 || radiusKm > 200) return null;
  const label = (params.get(MAP_STATE_PARAMS.nearLabel) ?? '').slice(0, MAX_TEXT_LENGTH);
  return { lat, lng, radiusKm, label };
}

/**
 * Reads the map's state from search parameters. Unknown codes and malformed values are left
 * out, so an old or edited link still opens a sensible map.
 */
export function parseMapUrlState(params: URLSearchParams): MapUrlState {
  const kinds = codes(params, MAP_STATE_PARAMS.kinds, new Set(ORGANISATION_KINDS));
  const district = params.get(MAP_STATE_PARAMS.districtKey);
  const selected = params.get(MAP_STATE_PARAMS.selected);
  return {
    filter: {
      kinds: kinds as OrganisationKind[],
      offers: codes(params, MAP_STATE_PARAMS.offers, TOPICS),
      seeks: codes(params, MAP_STATE_PARAMS.seeks, TOPICS),
      themes: codes(params, MAP_STATE_PARAMS.themes, THEMES),
      attributes: codes(params, MAP_STATE_PARAMS.attributes, ATTRIBUTES),
      verifiedOnly: params.get(MAP_STATE_PARAMS.verifiedOnly) === '1',
      districtKey: district && /^\d{5}$/.test(district) ? district : null,
      text: (params.get(MAP_STATE_PARAMS.text) ?? '').trim().slice(0, MAX_TEXT_LENGTH),
      near: parseNear(params),
    },
    selected: selected && UUID.test(selected) ? selected.toLowerCase() : null,
    mode: params.get(MAP_STATE_PARAMS.mode) === 'list' ? 'list' : 'map',
    regions: params.get(MAP_STATE_PARAMS.regions) === '1',
  };
}

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

/** New search parameters with the state written in; other parameters (the view) are kept. */
export function withMapUrlState(params: URLSearchParams, state: MapUrlState): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string | null) => {
    if (value) next.set(name, value);
    else next.delete(name);
  };
  const { filter } = state;
  set(MAP_STATE_PARAMS.kinds, filter.kinds.join(','));
  set(MAP_STATE_PARAMS.offers, filter.offers.join(','));
  set(MAP_STATE_PARAMS.seeks, filter.seeks.join(','));
  set(MAP_STATE_PARAMS.themes, filter.themes.join(','));
  set(MAP_STATE_PARAMS.attributes, filter.attributes.join(','));
  set(MAP_STATE_PARAMS.verifiedOnly, filter.verifiedOnly ? '1' : null);
  set(MAP_STATE_PARAMS.districtKey, filter.districtKey);
  set(MAP_STATE_PARAMS.text, filter.text.trim());
  set(
    MAP_STATE_PARAMS.near,
    filter.near
      ? [round(filter.near.lat, 5), round(filter.near.lng, 5), filter.near.radiusKm].join(',')
      : null,
  );
  set(MAP_STATE_PARAMS.nearLabel, filter.near?.label ?? null);
  set(MAP_STATE_PARAMS.selected, state.selected);
  set(MAP_STATE_PARAMS.mode, state.mode === 'list' ? 'list' : null);
  set(MAP_STATE_PARAMS.regions, state.regions ? '1' : null);
  return next;
}

/** How many filters are set (for the filter button's badge); the text and radius count once. */
export function activeFilterCount(filter: MapFilter): number {
  return (
    filter.kinds.length +
    filter.offers.length +
    filter.seeks.length +
    filter.themes.length +
    filter.attributes.length +
    (filter.verifiedOnly ? 1 : 0) +
    (filter.districtKey ? 1 : 0) +
    (filter.text ? 1 : 0) +
    (filter.near ? 1 : 0)
  );
}

/** The filter as the API takes it (empty parts left out). */
export function toFilterInput(filter: MapFilter): MapFilterInput {
  const input: MapFilterInput = {};
  if (filter.kinds.length > 0) input.kinds = filter.kinds;
  if (filter.offers.length > 0) input.offers = filter.offers;
  if (filter.seeks.length > 0) input.seeks = filter.seeks;
  if (filter.themes.length > 0) input.themes = filter.themes;
  if (filter.attributes.length > 0) input.attributes = filter.attributes;
  if (filter.verifiedOnly) input.verifiedOnly = true;
  if (filter.districtKey) input.districtKey = filter.districtKey;
  if (filter.text.trim()) input.text = filter.text.trim();
  if (filter.near) {
    input.near = {
      location: { lat: filter.near.lat, lng: filter.near.lng },
      radiusKm: filter.near.radiusKm,
    };
  }
  return input;
}
