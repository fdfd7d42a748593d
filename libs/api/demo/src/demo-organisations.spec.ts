import { describe, expect, it } from 'vitest';
import { demoOrganisations } from './demo-organisations';

describe('demo region', () => {
  const organisations = demoOrganisations();

  it('has about 40 ZOs, 60 KMU and two intermediaries', () => {
    const count = (kind: string) => organisations.filter((o) => o.kind === kind).length;
    expect([count('ZO'), count('KMU'), count('INTERMEDIARY')]).toEqual([40, 60, 2]);
  });

  it('is the same on every run', () => {
    expect(demoOrganisations()).toEqual(organisations);
  });

  it('uses unique names, German postcodes and coordinates inside Rhein-Neckar', () => {
    expect(new Set(organisations.map((o) => o.name)).size).toBe(organisations.length);
    for (const o of organisations) {
      expect(o.postcode).toMatch(/^\d{5}$/);
      expect(o.lat).toBeGreaterThan(49.2);
      expect(o.lat).toBeLessThan(49.72);
      expect(o.lng).toBeGreaterThan(8.3);
      expect(o.lng).toBeLessThan(9.2);
    }
  });
});
