import { describe, expect, it } from 'vitest';
import {
  apportion,
  DISTRICT_SUCCESSORS,
  PopulationMismatchError,
  populationByDistrict,
  sourcePopulation,
} from './district-population';
import { realGeography } from './testing/real-geography';

describe('district population for the geodata districts', () => {
  it('covers every district of the geodata, with the national population', async () => {
    const geography = await realGeography();
    const keys = geography.districts.map((d) => d.key);
    const population = populationByDistrict(keys);
    expect(population.size).toBe(401);
    expect([...population.values()].every((p) => p > 30_000)).toBe(true);
    const total = [...population.values()].reduce((s, p) => s + p, 0);
    expect(total).toBe(sourcePopulation().reduce((s, r) => s + r.population, 0));
    expect(total).toBeGreaterThan(82_000_000);
  });

  it('normalises keys that lost their leading zero in the source table', () => {
    const flensburg = sourcePopulation().find((r) => r.name.startsWith('Flensburg'));
    expect(flensburg?.key).toBe('01001');
  });

  it('adds a merged district to its successor (Eisenach into the Wartburgkreis, 2021)', async () => {
    const keys = (await realGeography()).districts.map((d) => d.key).filter((k) => k !== '16056');
    const source = sourcePopulation();
    const eisenach = source.find((r) => r.key === '16056')?.population ?? 0;
    const wartburgkreis = source.find((r) => r.key === '16063')?.population ?? 0;
    expect(DISTRICT_SUCCESSORS['16056']).toBe('16063');
    const population = populationByDistrict(keys, source);
    expect(population.get('16063')).toBe(eisenach + wartburgkreis);
    expect(population.has('16056')).toBe(false);
  });

  it('refuses a source district that neither matches nor has a successor', () => {
    expect(() =>
      populationByDistrict(
        ['01001'],
        [
          { key: '01001', name: 'Flensburg', population: 90_000 },
          { key: '99999', name: 'Nirgendwo', population: 1_000 },
        ],
      ),
    ).toThrow(PopulationMismatchError);
  });

  it('refuses a geodata district without population', () => {
    expect(() =>
      populationByDistrict(
        ['01001', '01002'],
        [{ key: '01001', name: 'Flensburg', population: 90_000 }],
      ),
    ).toThrow(/no population for the districts 01002/);
  });
});

describe('apportion', () => {
  it('splits proportionally by largest remainder and always adds up to the total', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(100, [50, 30, 20])).toEqual([50, 30, 20]);
    expect(apportion(7, [0.5, 0.25, 0.25])).toEqual([3, 2, 2]);
  });

  it('gives every part the minimum when the total allows it', () => {
    expect(apportion(5, [1000, 1, 1], 1)).toEqual([3, 1, 1]);
    // Not enough for everyone: plain proportions.
    expect(apportion(2, [1000, 1, 1], 1)).toEqual([2, 0, 0]);
  });
});
