import { readGeodataFiles } from '@bs/api/regions';
import { describe, expect, it } from 'vitest';
import { districtShape, shapeContains } from './geography';
import { syntheticPlan } from './synthetic-plan';
import { syntheticRecord } from './synthetic-records';
import { realGeography, sampleOrdinals, testGeoDataDir } from './testing/real-geography';

describe('synthetic organisations are placed in Germany, in their district', () => {
  it('has postcodes inside every district of the geodata', async () => {
    const geography = await realGeography();
    expect(geography.districts).toHaveLength(401);
    for (const district of geography.districts) {
      expect(district.postcodes.length).toBeGreaterThan(0);
      for (const p of district.postcodes) {
        expect(shapeContains(district.shape, p.lng, p.lat)).toBe(true);
      }
    }
    // Berlin has about 190 postcodes, a small rural district a handful.
    expect(geography.districts.find((d) => d.key === '11000')?.postcodes.length).toBeGreaterThan(
      150,
    );
  });

  it('puts every sampled point inside its district and its Land, near a postcode of it', async () => {
    const geography = await realGeography();
    const lands = new Map(
      (await readGeodataFiles(testGeoDataDir)).lands.map((l) => [l.key, districtShape(l.geometry)]),
    );
    const plan = syntheticPlan(geography, {
      scale: 1,
      seed: 7,
      referenceTime: new Date('2026-11-30T12:00:00Z'),
    });
    const byKey = new Map(geography.districts.map((d) => [d.key, d]));
    const seenDistricts = new Set<string>();
    for (const ordinal of sampleOrdinals(plan.size, 6_000)) {
      const { organisation: o } = syntheticRecord(plan, ordinal);
      const district = byKey.get(o.districtKey);
      if (!district) throw new Error(`unknown district ${o.districtKey}`);
      seenDistricts.add(o.districtKey);
      expect(shapeContains(district.shape, o.lng, o.lat)).toBe(true);
      expect(o.landKey).toBe(o.districtKey.slice(0, 2));
      const land = lands.get(o.landKey);
      expect(land && shapeContains(land, o.lng, o.lat)).toBe(true);
      const postcode = district.postcodes.find((p) => p.postcode === o.postcode);
      expect(postcode?.place).toBe(o.city);
      // Within the district's scatter radius of the postcode (1 km ≈ 0.009° latitude).
      const dLat = ((o.lat - (postcode?.lat ?? 0)) * 111.2) ** 2;
      const dLng =
        ((o.lng - (postcode?.lng ?? 0)) * 111.2 * Math.cos((o.lat * Math.PI) / 180)) ** 2;
      expect(Math.sqrt(dLat + dLng)).toBeLessThanOrEqual(district.jitterKm + 0.01);
      // Stored precision: six decimals.
      expect(Math.round(o.lat * 1e6) / 1e6).toBe(o.lat);
    }
    expect(seenDistricts.size).toBeGreaterThan(350);
  });
});
