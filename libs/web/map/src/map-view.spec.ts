import { describe, expect, it } from 'vitest';
import {
  MAX_ZOOM,
  MIN_ZOOM,
  parseMapView,
  roundMapView,
  sameMapView,
  withMapView,
} from './map-view';

const params = (query: string) => new URLSearchParams(query);

describe('parseMapView', () => {
  it('reads centre and zoom from a shared link', () => {
    expect(parseMapView(params('lat=49.45&lng=8.6&z=10'))).toEqual({
      lat: 49.45,
      lng: 8.6,
      zoom: 10,
    });
  });

  it('ignores an incomplete or garbled view', () => {
    expect(parseMapView(params(''))).toBeNull();
    expect(parseMapView(params('lat=49.45&lng=8.6'))).toBeNull();
    expect(parseMapView(params('lat=north&lng=8.6&z=10'))).toBeNull();
    expect(parseMapView(params('lat=&lng=8.6&z=10'))).toBeNull();
    expect(parseMapView(params('lat=Infinity&lng=8.6&z=10'))).toBeNull();
  });

  it('clamps values the map cannot show', () => {
    expect(parseMapView(params('lat=95&lng=-200&z=40'))).toEqual({
      lat: 85.0511,
      lng: -180,
      zoom: MAX_ZOOM,
    });
    expect(parseMapView(params('lat=0&lng=0&z=-3'))?.zoom).toBe(MIN_ZOOM);
  });
});

describe('withMapView', () => {
  it('writes a short URL that restores the view to the pixel, keeping other parameters', () => {
    const next = withMapView(params('filter=ZO&z=3'), {
      lat: 49.487654321,
      lng: 8.466123456,
      zoom: 13,
    });
    expect(next.toString()).toBe('filter=ZO&z=13&lat=49.4877&lng=8.4661');
    expect(sameMapView(parseMapView(next), { lat: 49.48766, lng: 8.46612, zoom: 13 })).toBe(true);
  });

  it('uses fewer decimals when zoomed out', () => {
    expect(roundMapView({ lat: 51.163361, lng: 10.447683, zoom: 6 })).toEqual({
      lat: 51.16,
      lng: 10.45,
      zoom: 6,
    });
  });
});

describe('sameMapView', () => {
  it('treats views within a pixel as the same and different zooms as different', () => {
    expect(
      sameMapView({ lat: 49.45, lng: 8.6, zoom: 10 }, { lat: 49.4501, lng: 8.6001, zoom: 10 }),
    ).toBe(true);
    expect(
      sameMapView({ lat: 49.45, lng: 8.6, zoom: 10 }, { lat: 49.45, lng: 8.6, zoom: 11 }),
    ).toBe(false);
    expect(sameMapView(null, null)).toBe(true);
    expect(sameMapView(null, { lat: 49.45, lng: 8.6, zoom: 10 })).toBe(false);
  });
});
