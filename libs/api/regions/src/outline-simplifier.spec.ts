import { describe, expect, it } from 'vitest';
import { simplifyOutlines, type FeatureCollection } from './outline-simplifier';

describe('simplifyOutlines', () => {
  it('rounds coordinates, drops collapsed points and degenerate rings, keeps chosen properties', () => {
    const input: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { ARS: '08', GEN: 'Baden-Württemberg', SHAPE_AREA: 1 },
          geometry: {
            type: 'MultiPolygon',
            coordinates: [
              [
                [
                  [8.00001, 49.00001],
                  [8.00002, 49.00002],
                  [9, 49],
                  [9, 50],
                  [8, 49],
                ],
              ],
              [
                [
                  [10.00001, 48],
                  [10.00002, 48],
                  [10, 48.00001],
                ],
              ],
            ],
          },
        },
      ],
    };
    expect(simplifyOutlines(input, 3, ['ARS', 'GEN'])).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { ARS: '08', GEN: 'Baden-Württemberg' },
          geometry: {
            type: 'MultiPolygon',
            coordinates: [
              [
                [
                  [8, 49],
                  [9, 49],
                  [9, 50],
                  [8, 49],
                ],
              ],
            ],
          },
        },
      ],
    });
  });
});
