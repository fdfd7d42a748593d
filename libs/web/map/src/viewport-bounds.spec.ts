import { boundsProblems, GERMANY_BOUNDS } from '@bs/domain';
import { latLngBounds } from 'leaflet';
import { describe, expect, it } from 'vitest';
import { viewportBounds } from './viewport-bounds';

describe('viewportBounds', () => {
  it('rounds outwards, so nothing at the edge of the view is left out', () => {
    expect(viewportBounds(latLngBounds([49.40012, 8.50099], [49.55071, 8.70001]))).toEqual({
      south: 49.4,
      west: 8.5,
      north: 49.551,
      east: 8.701,
    });
  });

  it('clamps a zoomed-out view that shows more than the world to valid bounds', () => {
    const bounds = viewportBounds(latLngBounds([-91.5, -250.2], [96.1, 190]));
    expect(bounds).toEqual({ south: -90, west: -180, north: 90, east: 180 });
    expect(boundsProblems(bounds)).toEqual([]);
  });

  it('gives bounds the API accepts for the default view', () => {
    const { south, west, north, east } = GERMANY_BOUNDS;
    expect(boundsProblems(viewportBounds(latLngBounds([south, west], [north, east])))).toEqual([]);
  });
});
