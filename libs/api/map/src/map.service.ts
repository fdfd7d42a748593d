import type { ViewerContext } from '@bs/api/accounts';
import { Injectable } from '@nestjs/common';
import type { MapFilterInput, MapSearchInput, MapViewportInput } from './dto/map.inputs';
import { layoutFeatures } from './index/feature-layout';
import {
  boundsOfRect,
  gridRectOf,
  gridX,
  gridY,
  latOfGridY,
  lngOfGridX,
  tileLevelFor,
  UNIT_M_AT_EQUATOR,
  GRID_SIZE,
  type GridRect,
} from './index/map-grid';
import type { IndexFilter, KindCounts, MapIndex, NearestResult } from './index/map-index';
import type { MapViewerStanding } from './index/map-visibility';
import { indexFilter, textQuery, textWords } from './map-filter';
import { MapIndexService } from './map-index.service';
import { MapIndexLoadingError, TextTooBroadError, UnknownDistrictError } from './map.errors';
import { MapRepository, StatementTimeoutError, type MapOrganisationRow } from './map.repository';
import type {
  MapFeatures,
  MapKindCounts,
  MapListEntry,
  MapOrganisation,
  MapOrganisationPage,
  MapSearchResult,
} from './models/map.models';

/** At most this many tiles per viewport: the upper bound of features in one answer. */
export const MAX_VIEWPORT_CELLS = 4_096;
/** Cells of 64 pixels: tiles two levels below the map's zoom. */
const CELL_LEVELS_BELOW_ZOOM = 2;
/** A text may match at most this many organisations before it counts as too broad. */
const MAX_TEXT_MATCHES = 1_000_000;
const TEXT_TIMEOUT_MS = 4_000;
const NAME_SEARCH_MATCHES = 20_000;
const NAME_SEARCH_TIMEOUT_MS = 1_500;
const SUGGESTIONS = 8;
/** Cached text matches (per distinct query); dropped when the indexed data changes. */
const TEXT_CACHE_SIZE = 16;
/** Germany's centre: name search without a point orders from here. */
const GERMANY_CENTRE = { lat: 51.16, lng: 10.45 };

const toCounts = ([zo, kmu, intermediary]: KindCounts): MapKindCounts => ({
  zo,
  kmu,
  intermediary,
});

function intersect(a: GridRect, b: GridRect): GridRect | null {
  const rect = {
    x0: Math.max(a.x0, b.x0),
    y0: Math.max(a.y0, b.y0),
    x1: Math.min(a.x1, b.x1),
    y1: Math.min(a.y1, b.y1),
  };
  return rect.x0 > rect.x1 || rect.y0 > rect.y1 ? null : rect;
}

/** The grid cells around a circle (generously: Mercator stretches towards the pole). */
function circleRect(near: NonNullable<IndexFilter['near']>): GridRect | null {
  const northLat = Math.min(85, latOfGridY(near.y) + near.radiusM / 110_000);
  const units = near.radiusM / (UNIT_M_AT_EQUATOR * Math.cos((northLat * Math.PI) / 180)) + 2;
  return intersect(
    {
      x0: Math.floor(near.x - units),
      y0: Math.floor(near.y - units),
      x1: Math.ceil(near.x + units),
      y1: Math.ceil(near.y + units),
    },
    { x0: 0, y0: 0, x1: GRID_SIZE - 1, y1: GRID_SIZE - 1 },
  );
}

function toOrganisation(row: MapOrganisationRow): MapOrganisation {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    postcode: row.postcode,
    city: row.city,
    location: { lat: row.lat, lng: row.lng },
  };
}

/** How signed-in viewers stand towards other organisations' profiles, for filtering. */
export function standingOf(viewer: ViewerContext): MapViewerStanding {
  return viewer ? 'SIGNED_IN' : 'ANONYMOUS';
}

/**
 * The map's queries: clusters and organisations of a viewport, the list of a viewport, and
 * search suggestions. Counting happens in the in-memory index; PostgreSQL adds the names of the
 * few organisations shown one by one, and matches texts.
 */
@Injectable()
export class MapService {
  private readonly textCache = new Map<string, { version: number; slots: Uint8Array }>();

  constructor(
    private readonly indexes: MapIndexService,
    private readonly repository: MapRepository,
  ) {}

  async features(
    viewer: ViewerContext,
    viewport: MapViewportInput,
    filter: MapFilterInput | undefined,
  ): Promise<MapFeatures> {
    const { index, rect, compiled } = await this.prepare(viewer, viewport, filter);
    if (!rect) {
      return { total: 0, totals: toCounts([0, 0, 0]), clusters: [], organisations: [] };
    }
    const level = tileLevelFor(rect, viewport.zoom + CELL_LEVELS_BELOW_ZOOM, MAX_VIEWPORT_CELLS);
    const aggregation = index.aggregate(rect, level, compiled);
    const features = layoutFeatures(aggregation.cells, level, viewport.zoom);
    const singles = features.filter((f) => f.slot >= 0);
    const rows = new Map(
      (await this.repository.organisations(singles.map((f) => f.slot))).map((r) => [r.slot, r]),
    );
    return {
      total: aggregation.total,
      totals: toCounts(aggregation.totals),
      clusters: features
        .filter((f) => f.slot < 0)
        .map((f) => ({
          id: f.id,
          location: { lat: latOfGridY(f.y), lng: lngOfGridX(f.x) },
          count: f.count,
          counts: toCounts(f.counts),
          bounds: boundsOfRect(f.extent),
        })),
      organisations: singles.flatMap((f) => {
        const row = rows.get(f.slot);
        return row ? [toOrganisation(row)] : [];
      }),
    };
  }

  async list(
    viewer: ViewerContext,
    viewport: MapViewportInput,
    filter: MapFilterInput | undefined,
    offset: number,
    limit: number,
  ): Promise<MapOrganisationPage> {
    const { index, rect, compiled } = await this.prepare(viewer, viewport, filter);
    if (!rect) return { total: 0, offset, entries: [] };
    const centre = compiled.near ?? {
      x: (rect.x0 + rect.x1 + 1) / 2,
      y: (rect.y0 + rect.y1 + 1) / 2,
    };
    const page = index.nearest(rect, compiled, centre.x, centre.y, offset, limit);
    return { total: page.total, offset, entries: await this.entries(page) };
  }

  async search(input: MapSearchInput): Promise<MapSearchResult> {
    const text = input.text.trim();
    if (/^\d{1,5}$/.test(text)) {
      const rows = await this.repository.postcodes(text, SUGGESTIONS);
      return { places: rows.map((row) => this.place(row)), organisations: [] };
    }
    const [places, organisations] = await Promise.all([
      this.repository.places(text, SUGGESTIONS),
      this.organisationsNamed(text, input.near ?? GERMANY_CENTRE),
    ]);
    return { places: places.map((row) => this.place(row)), organisations };
  }

  private place(row: {
    postcode: string;
    place: string;
    lat: number;
    lng: number;
    district_name: string | null;
  }) {
    return {
      postcode: row.postcode,
      name: row.place,
      location: { lat: row.lat, lng: row.lng },
      districtName: row.district_name,
    };
  }

  private async organisationsNamed(
    text: string,
    near: { lat: number; lng: number },
  ): Promise<MapListEntry[]> {
    const query = textQuery(text, true);
    if (!query || text.length < 3) return [];
    const index = await this.indexes.ready();
    if (!index) return [];
    let slots: Int32Array;
    try {
      slots = await this.repository.textMatches(query, NAME_SEARCH_MATCHES, NAME_SEARCH_TIMEOUT_MS);
    } catch (error) {
      if (error instanceof StatementTimeoutError) return [];
      throw error;
    }
    const nearest = index.nearestOf(slots, gridX(near.lng), gridY(near.lat), SUGGESTIONS);
    return this.entries(nearest);
  }

  private async entries(page: NearestResult): Promise<MapListEntry[]> {
    const rows = new Map(
      (await this.repository.organisations(page.items.map((i) => i.slot))).map((r) => [r.slot, r]),
    );
    return page.items.flatMap(({ slot, distanceM }) => {
      const row = rows.get(slot);
      return row
        ? [{ organisation: toOrganisation(row), distanceKm: Math.round(distanceM / 100) / 10 }]
        : [];
    });
  }

  private async prepare(
    viewer: ViewerContext,
    viewport: MapViewportInput,
    filter: MapFilterInput | undefined,
  ): Promise<{ index: MapIndex; rect: GridRect | null; compiled: IndexFilter }> {
    if (filter?.districtKey && !(await this.repository.districtExists(filter.districtKey))) {
      throw new UnknownDistrictError(filter.districtKey);
    }
    const index = await this.indexes.ready();
    if (!index) throw new MapIndexLoadingError();
    const text = filter?.text ? await this.textMatches(filter.text) : null;
    const compiled = indexFilter(filter, standingOf(viewer), text);
    let rect = gridRectOf(viewport.bounds);
    if (rect && compiled.near) {
      const around = circleRect(compiled.near);
      rect = around ? intersect(rect, around) : null;
    }
    return { index, rect, compiled };
  }

  /**
   * The slots matching a text filter as a bitset (cached until the data changes): those with
   * every word of the text as a prefix of one of their words, German stemming as in
   * `to_tsquery`.
   */
  private async textMatches(text: string): Promise<Uint8Array | null> {
    const words = textWords(text);
    if (words.length === 0) return null;
    const key = words.join(' ');
    const version = this.indexes.dataVersion;
    const cached = this.textCache.get(key);
    if (cached && cached.version === version) {
      this.textCache.delete(key);
      this.textCache.set(key, cached);
      return cached.slots;
    }
    let perStem: Int32Array[] | null;
    try {
      perStem = await this.repository.wordMatches(words, MAX_TEXT_MATCHES + 1, TEXT_TIMEOUT_MS);
    } catch (error) {
      if (error instanceof StatementTimeoutError) throw new TextTooBroadError('filter.text');
      throw error;
    }
    if (perStem?.some((slots) => slots.length > MAX_TEXT_MATCHES)) {
      throw new TextTooBroadError('filter.text');
    }
    const bitset = allOf(perStem ?? []);
    this.textCache.set(key, { version, slots: bitset });
    while (this.textCache.size > TEXT_CACHE_SIZE) {
      const oldest = this.textCache.keys().next().value;
      if (oldest === undefined) break;
      this.textCache.delete(oldest);
    }
    return bitset;
  }
}

/** The slots in every one of the lists, as a bitset (empty for no lists). */
function allOf(lists: readonly Int32Array[]): Uint8Array {
  const bitsOf = (slots: Int32Array) => {
    let max = 0;
    for (const slot of slots) max = Math.max(max, slot);
    const bits = new Uint8Array((max >>> 3) + 1);
    for (const slot of slots) bits[slot >>> 3] |= 1 << (slot & 7);
    return bits;
  };
  const [first, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  if (!first) return new Uint8Array(1);
  const result = bitsOf(first);
  for (const slots of rest) {
    const bits = bitsOf(slots);
    for (let i = 0; i < result.length; i++) result[i] &= bits[i] ?? 0;
  }
  return result;
}
