import { describe, expect, it } from 'vitest';
import { boundsProblems, containsPoint, GERMANY_BOUNDS } from './bounds';

describe('bounds validation', () => {
  it('accepts the bounds of Germany', () => {
    expect(boundsProblems(GERMANY_BOUNDS)).toEqual([]);
  });

  it('rejects latitudes beyond the poles and longitudes beyond the antimeridian', () => {
    expect(boundsProblems({ south: -91, west: -181, north: 10, east: 10 })).toEqual([
      { field: 'south', code: 'OUT_OF_RANGE' },
      { field: 'west', code: 'OUT_OF_RANGE' },
    ]);
  });

  it('rejects non-finite numbers', () => {
    expect(boundsProblems({ south: Number.NaN, west: 0, north: Infinity, east: 1 })).toEqual([
      { field: 'south', code: 'NOT_A_NUMBER' },
      { field: 'north', code: 'NOT_A_NUMBER' },
    ]);
  });

  it('rejects inverted boxes', () => {
    expect(boundsProblems({ south: 50, west: 9, north: 49, east: 8 })).toEqual([
      { field: 'south', code: 'INVERTED' },
      { field: 'west', code: 'INVERTED' },
    ]);
  });
});

describe('containsPoint', () => {
  it('finds Mannheim inside Germany and Paris outside', () => {
    expect(containsPoint(GERMANY_BOUNDS, { lat: 49.4875, lng: 8.466 })).toBe(true);
    expect(containsPoint(GERMANY_BOUNDS, { lat: 48.8566, lng: 2.3522 })).toBe(false);
  });
});
