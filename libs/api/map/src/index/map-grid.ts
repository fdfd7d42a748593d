/**
 * The grid of the in-memory map index: Web Mercator at zoom 20 in whole units (≈ 24 m in
 * Germany), restricted to the zoom-4 tile (8, 5), which spans 0°–22.5° E and 41.0°–55.8° N and
 * so contains all of Germany. A position is a pair of 16-bit integers (x to the east, y to the
 * south) and its Morton code (the bits of x and y interleaved) a 32-bit unsigned integer.
 *
 * Sorted by Morton code, the points of any Web Mercator tile of zoom 4 to 20 inside that tile
 * form one contiguous run: a viewport touches only the runs of its tiles.
 */
export const GRID_LEVEL = 20;
/** Units per axis: 2^16. */
export const GRID_SIZE = 65_536;
const ORIGIN_LEVEL = 4;
const ORIGIN_TILE_X = 8;
const ORIGIN_TILE_Y = 5;
const WORLD_UNITS = 2 ** GRID_LEVEL;
const ORIGIN_X = ORIGIN_TILE_X * GRID_SIZE;
const ORIGIN_Y = ORIGIN_TILE_Y * GRID_SIZE;

/** Coarsest and finest tile levels the index answers for. */
export const MIN_TILE_LEVEL = ORIGIN_LEVEL;
export const MAX_TILE_LEVEL = GRID_LEVEL;

/** Mean circumference of the earth at the equator in metres (Web Mercator sphere). */
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
/** Metres per grid unit at the equator; multiply by cos(latitude) elsewhere. */
export const UNIT_M_AT_EQUATOR = EARTH_CIRCUMFERENCE_M / WORLD_UNITS;

/** Grid x (fractional, may lie outside 0…GRID_SIZE) of a longitude. */
export function gridX(lng: number): number {
  return ((lng + 180) / 360) * WORLD_UNITS - ORIGIN_X;
}

/** Grid y (fractional, growing southwards) of a latitude. */
export function gridY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  return y * WORLD_UNITS - ORIGIN_Y;
}

export function lngOfGridX(x: number): number {
  return ((x + ORIGIN_X) / WORLD_UNITS) * 360 - 180;
}

export function latOfGridY(y: number): number {
  const n = Math.PI - (2 * Math.PI * (y + ORIGIN_Y)) / WORLD_UNITS;
  return (Math.atan(Math.sinh(n)) * 180) / Math.PI;
}

const clampUnit = (value: number) => Math.min(GRID_SIZE - 1, Math.max(0, Math.floor(value)));

/** The grid cell of a point; points outside the index tile are clamped to its edge. */
export function cellOf(lng: number, lat: number): { x: number; y: number } {
  return { x: clampUnit(gridX(lng)), y: clampUnit(gridY(lat)) };
}

function spread(value: number): number {
  let v = value & 0xffff;
  v = (v | (v << 8)) & 0x00ff00ff;
  v = (v | (v << 4)) & 0x0f0f0f0f;
  v = (v | (v << 2)) & 0x33333333;
  v = (v | (v << 1)) & 0x55555555;
  return v;
}

function compact(value: number): number {
  let v = value & 0x55555555;
  v = (v | (v >>> 1)) & 0x33333333;
  v = (v | (v >>> 2)) & 0x0f0f0f0f;
  v = (v | (v >>> 4)) & 0x00ff00ff;
  v = (v | (v >>> 8)) & 0x0000ffff;
  return v;
}

/** Morton code of a cell (x in the even bits, y in the odd bits), unsigned. */
export function morton(x: number, y: number): number {
  return (spread(x) | (spread(y) << 1)) >>> 0;
}

export const mortonX = (code: number): number => compact(code);
export const mortonY = (code: number): number => compact(code >>> 1);

/** A rectangle of grid cells, edges included. */
export interface GridRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The cells of a geographic box: a point is inside when its cell is (the box is snapped to the
 * grid, ≈ 24 m). Null when the box misses the index tile entirely.
 */
export function gridRectOf(bounds: {
  south: number;
  west: number;
  north: number;
  east: number;
}): GridRect | null {
  const x0 = Math.floor(gridX(bounds.west));
  const x1 = Math.floor(gridX(bounds.east));
  const y0 = Math.floor(gridY(bounds.north));
  const y1 = Math.floor(gridY(bounds.south));
  if (x1 < 0 || y1 < 0 || x0 >= GRID_SIZE || y0 >= GRID_SIZE || x0 > x1 || y0 > y1) return null;
  return { x0: Math.max(0, x0), y0: Math.max(0, y0), x1: clampUnit(x1), y1: clampUnit(y1) };
}

/** Grid units per side of a tile of the given level. */
export const tileUnits = (level: number): number => 2 ** (GRID_LEVEL - level);

/** The tiles of a level that a rectangle touches, as tile coordinates (edges included). */
export function tileRange(rect: GridRect, level: number): GridRect {
  const shift = GRID_LEVEL - level;
  return {
    x0: rect.x0 >>> shift,
    y0: rect.y0 >>> shift,
    x1: rect.x1 >>> shift,
    y1: rect.y1 >>> shift,
  };
}

/** First Morton code of a tile and the number of codes it spans (a power of four). */
export function tileCodeRange(tx: number, ty: number, level: number): [number, number] {
  const span = 4 ** (GRID_LEVEL - level);
  return [morton(tx, ty) * span, span];
}

/** Web Mercator pixels per grid unit at a map zoom (256-pixel tiles). */
export const pixelsPerUnit = (zoom: number): number => 2 ** (zoom + 8 - GRID_LEVEL);

/** Geographic bounds of a grid rectangle (outer edges of its cells). */
export function boundsOfRect(rect: GridRect): {
  south: number;
  west: number;
  north: number;
  east: number;
} {
  return {
    west: lngOfGridX(rect.x0),
    east: lngOfGridX(rect.x1 + 1),
    north: latOfGridY(rect.y0),
    south: latOfGridY(rect.y1 + 1),
  };
}

/** How many tiles of a level a rectangle touches. */
export function tileCount(rect: GridRect, level: number): number {
  const tiles = tileRange(rect, level);
  return (tiles.x1 - tiles.x0 + 1) * (tiles.y1 - tiles.y0 + 1);
}

/**
 * The finest tile level at most `preferred` whose tiles over the rectangle number at most
 * `maxTiles` (never coarser than the index tile).
 */
export function tileLevelFor(rect: GridRect, preferred: number, maxTiles: number): number {
  let level = Math.min(MAX_TILE_LEVEL, Math.max(MIN_TILE_LEVEL, Math.floor(preferred)));
  while (level > MIN_TILE_LEVEL && tileCount(rect, level) > maxTiles) level--;
  return level;
}
