import { describe, expect, it } from 'vitest';
import {
  boundsOfRect,
  cellOf,
  gridRectOf,
  gridX,
  gridY,
  latOfGridY,
  lngOfGridX,
  morton,
  mortonX,
  mortonY,
  tileCodeRange,
} from './map-grid';
import { gridDistanceM } from './map-index';

describe('the map grid', () => {
  it('holds all of Germany inside its tile', () => {
    for (const [lng, lat] of [
      [5.87, 51.05], // west (Selfkant)
      [15.04, 51.27], // east (Neißeaue)
      [7.6, 47.27], // south-west
      [10.18, 47.27], // south (Oberstdorf)
      [8.42, 55.06], // north (List auf Sylt)
    ] as const) {
      expect(gridX(lng)).toBeGreaterThan(0);
      expect(gridX(lng)).toBeLessThan(65_536);
      expect(gridY(lat)).toBeGreaterThan(0);
      expect(gridY(lat)).toBeLessThan(65_536);
    }
  });

  it('projects and unprojects Web Mercator exactly', () => {
    for (const [lng, lat] of [
      [8.466, 49.4875],
      [13.405, 52.52],
      [11.576, 48.137],
    ] as const) {
      expect(lngOfGridX(gridX(lng))).toBeCloseTo(lng, 9);
      expect(latOfGridY(gridY(lat))).toBeCloseTo(lat, 9);
    }
    // Tile (8, 5) of zoom 4 starts at 0° E and 55.7766° N.
    expect(lngOfGridX(0)).toBe(0);
    expect(latOfGridY(0)).toBeCloseTo(55.7766, 4);
  });

  it('interleaves coordinates into Morton codes and back', () => {
    for (const [x, y] of [
      [0, 0],
      [65_535, 65_535],
      [12_345, 54_321],
      [1, 0],
      [0, 1],
    ] as const) {
      const code = morton(x, y);
      expect(code).toBeGreaterThanOrEqual(0);
      expect(code).toBeLessThan(2 ** 32);
      expect([mortonX(code), mortonY(code)]).toEqual([x, y]);
    }
    expect(morton(65_535, 65_535)).toBe(2 ** 32 - 1);
  });

  it('gives every tile one contiguous run of codes', () => {
    const [start, span] = tileCodeRange(3, 5, 18);
    expect(span).toBe(16);
    for (let x = 12; x < 16; x++) {
      for (let y = 20; y < 24; y++) {
        const code = morton(x, y);
        expect(code).toBeGreaterThanOrEqual(start);
        expect(code).toBeLessThan(start + span);
      }
    }
    expect(tileCodeRange(0, 0, 4)).toEqual([0, 2 ** 32]);
  });

  it('snaps boxes to cells and refuses boxes outside the tile', () => {
    const rect = gridRectOf({ south: 49.4, west: 8.4, north: 49.5, east: 8.6 })!;
    const { x, y } = cellOf(8.5, 49.45);
    expect(x).toBeGreaterThanOrEqual(rect.x0);
    expect(y).toBeLessThanOrEqual(rect.y1);
    const back = boundsOfRect(rect);
    expect(back.west).toBeLessThanOrEqual(8.4);
    expect(back.east).toBeGreaterThanOrEqual(8.6);
    expect(back.east - 8.6).toBeLessThan(0.001);
    expect(gridRectOf({ south: -10, west: -80, north: -5, east: -70 })).toBeNull();
    expect(gridRectOf({ south: 40, west: -5, north: 60, east: 30 })).toEqual({
      x0: 0,
      y0: 0,
      x1: 65_535,
      y1: 65_535,
    });
  });

  it('measures distances like the great circle (within 0.5 %)', () => {
    // Mannheim – Heidelberg ≈ 18.1 km; Mannheim – Frankfurt ≈ 67.2 km.
    const a = cellOf(8.466, 49.4875);
    const b = cellOf(8.6724, 49.3988);
    const c = cellOf(8.6821, 50.1109);
    expect(gridDistanceM(a.x, a.y, b.x, b.y) / 17_680).toBeCloseTo(1, 1);
    const haversine = (lat1: number, lng1: number, lat2: number, lng2: number) => {
      const r = Math.PI / 180;
      const h =
        Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
        Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lng2 - lng1) * r) / 2) ** 2;
      return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
    };
    const expected = haversine(49.4875, 8.466, 50.1109, 8.6821);
    expect(Math.abs(gridDistanceM(a.x, a.y, c.x, c.y) - expected) / expected).toBeLessThan(0.005);
  });
});
