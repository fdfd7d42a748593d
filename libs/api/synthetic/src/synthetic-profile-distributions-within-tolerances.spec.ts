import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticPlan } from './synthetic-plan';
import { syntheticRecord, type SyntheticRecord } from './synthetic-records';
import { realGeography, sampleOrdinals } from './testing/real-geography';

/** Share of `records` for which `test` holds. */
function share(records: readonly SyntheticRecord[], test: (r: SyntheticRecord) => boolean) {
  return records.filter(test).length / records.length;
}

const has =
  (category: string, code: string, direction: string | null = null) =>
  (r: SyntheticRecord) =>
    (r.check?.entries ?? []).some(
      (e) => e.category === category && e.code === code && e.direction === direction,
    );

describe('synthetic organisations have realistic distributions (scale 1, 24,000 sampled)', () => {
  let zo: SyntheticRecord[];
  let kmu: SyntheticRecord[];
  let all: SyntheticRecord[];

  beforeAll(async () => {
    const plan = syntheticPlan(await realGeography(), {
      scale: 1,
      seed: 11,
      referenceTime: new Date('2026-11-30T12:00:00Z'),
    });
    all = sampleOrdinals(plan.size, 24_000).map((n) => syntheticRecord(plan, n));
    zo = all.filter((r) => r.organisation.kind === 'ZO');
    kmu = all.filter((r) => r.organisation.kind === 'KMU');
  });

  it('has the national mix of kinds, company sizes, sectors and fields', () => {
    expect(zo.length / (zo.length + kmu.length)).toBeCloseTo(620 / 4020, 1);
    expect(share(kmu, (r) => r.organisation.employeeBand === 'EMPLOYEES_1_9')).toBeCloseTo(0.8, 1);
    expect(share(kmu, (r) => r.organisation.wzSection === 'G')).toBeCloseTo(0.17, 1);
    expect(share(zo, (r) => r.organisation.engagementField === 'SPORT')).toBeCloseTo(0.23, 1);
    // Bands belong to the kind only.
    expect(
      zo.every((r) => r.organisation.employeeBand === null && r.organisation.volunteerBand),
    ).toBe(true);
    expect(
      kmu.every((r) => r.organisation.engagementField === null && r.organisation.wzSection),
    ).toBe(true);
  });

  it('lets most ZOs seek volunteers, donations or in-kind support, and KMU offer them', () => {
    expect(share(zo, has('TOPIC', 'volunteers', 'SEEKS'))).toBeGreaterThan(0.45);
    expect(share(zo, has('TOPIC', 'volunteers', 'SEEKS'))).toBeLessThan(0.75);
    expect(
      share(
        zo,
        (r) =>
          has('TOPIC', 'volunteers', 'SEEKS')(r) ||
          has('TOPIC', 'donations', 'SEEKS')(r) ||
          has('TOPIC', 'in-kind', 'SEEKS')(r),
      ),
    ).toBeGreaterThan(0.8);
    expect(
      share(
        kmu,
        (r) =>
          has('TOPIC', 'donations', 'OFFERS')(r) ||
          has('TOPIC', 'in-kind', 'OFFERS')(r) ||
          has('TOPIC', 'sponsoring', 'OFFERS')(r),
      ),
    ).toBeGreaterThan(0.6);
    // The unusual direction stays unusual.
    expect(share(zo, has('TOPIC', 'apprentice-mentoring', 'OFFERS'))).toBeLessThan(0.1);
    expect(share(kmu, has('TOPIC', 'workforce-recruitment', 'SEEKS'))).toBeGreaterThan(0.3);
  });

  it('keeps some topics rare, so sparse-topic queries are meaningful', () => {
    const addiction = share(zo, has('TOPIC', 'addiction-prevention', 'OFFERS'));
    expect(addiction).toBeGreaterThan(0);
    expect(addiction).toBeLessThan(0.02);
    const topicShares = new Map<string, number>();
    for (const r of zo) {
      for (const e of r.check?.entries ?? []) {
        if (e.category !== 'TOPIC') continue;
        const key = `${e.code}:${e.direction ?? ''}`;
        topicShares.set(key, (topicShares.get(key) ?? 0) + 1 / zo.length);
      }
    }
    expect([...topicShares.values()].filter((s) => s < 0.02).length).toBeGreaterThanOrEqual(5);
    expect([...topicShares.values()].filter((s) => s > 0.3).length).toBeGreaterThanOrEqual(3);
  });

  it('skews themes by field of engagement and sector', () => {
    const sportClubs = zo.filter((r) => r.organisation.engagementField === 'SPORT');
    expect(share(sportClubs, has('THEME', 'sport'))).toBeGreaterThan(0.7);
    expect(share(zo, has('THEME', 'sport'))).toBeGreaterThan(
      4 * share(zo, has('THEME', 'climate')),
    );
    const itCompanies = kmu.filter((r) => r.organisation.wzSection === 'J');
    expect(share(itCompanies, has('THEME', 'digitalisation'))).toBeGreaterThan(0.4);
  });

  it('makes charitable status common for ZOs and certificates rare for KMU', () => {
    expect(share(zo, has('ATTRIBUTE', 'charitable-status'))).toBeGreaterThan(0.6);
    expect(share(zo, has('ATTRIBUTE', 'charitable-status'))).toBeLessThan(0.9);
    for (const certificate of ['oshms-certificate', 'environmental-certificate']) {
      expect(share(kmu, has('ATTRIBUTE', certificate))).toBeLessThan(0.1);
      expect(share(kmu, has('ATTRIBUTE', certificate))).toBeGreaterThan(0);
    }
    const verified = all.flatMap((r) => r.check?.entries ?? []).filter((e) => e.verifiedAt);
    expect(verified.length).toBeGreaterThan(0);
  });

  it('has a share of required criteria, varied radii and readiness, and some offer terms', () => {
    const requires = (r: SyntheticRecord) =>
      (r.check?.entries ?? []).some((e) => e.category === 'REQUIRED_CRITERION');
    expect(share(zo, requires)).toBeGreaterThan(0.05);
    expect(share(zo, requires)).toBeLessThan(0.4);
    expect(share(kmu, requires)).toBeGreaterThan(0.2);
    expect(share(kmu, requires)).toBeLessThan(0.6);
    expect(share(kmu, has('REQUIRED_CRITERION', 'charitable-status'))).toBeCloseTo(0.25, 1);
    const radii = new Set(all.map((r) => r.check?.radiusKm).filter((r) => r !== undefined));
    expect(Math.min(...radii)).toBe(10);
    expect(Math.max(...radii)).toBe(80);
    expect(radii.size).toBeGreaterThanOrEqual(8);
    const readiness = all.flatMap((r) => (r.check ? [r.check.readiness] : []));
    const mean = readiness.reduce((s, x) => s + x, 0) / readiness.length;
    expect(mean).toBeGreaterThan(0.35);
    expect(mean).toBeLessThan(0.75);
    expect(new Set(readiness).size).toBeGreaterThan(12);
    const offered = all
      .flatMap((r) => r.check?.entries ?? [])
      .filter((e) => e.direction === 'OFFERS');
    const withTerms = offered.filter((e) => e.leadTimeDays !== null).length / offered.length;
    expect(withTerms).toBeGreaterThan(0.03);
    expect(withTerms).toBeLessThan(0.4);
  });

  it('names organisations after their kind and town', () => {
    const names = all.map((r) => r.organisation.name);
    expect(new Set(names).size).toBeGreaterThan(0.65 * names.length);
    for (const r of zo.slice(0, 500)) {
      const town = r.organisation.city.split(' ')[0] ?? '';
      expect(r.organisation.name).toContain(town);
    }
    expect(kmu.some((r) => /GmbH$/.test(r.organisation.name))).toBe(true);
    expect(zo.some((r) => /e\. V\.$/.test(r.organisation.name))).toBe(true);
  });
});
