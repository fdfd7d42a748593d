import { mulberry32, type OrganisationKind } from '@bs/domain';
import {
  FAMILY_NAMES,
  INTERMEDIARIES,
  KMU_TEMPLATES,
  RHEIN_NECKAR_PLACES,
  STREETS,
  ZO_TEMPLATES,
  type DemoPlace,
} from './rhein-neckar';

export interface DemoOrganisation {
  kind: OrganisationKind;
  name: string;
  description: string;
  street: string;
  postcode: string;
  city: string;
  lat: number;
  lng: number;
}

/** A seeded PRNG, so the demo region is the same on every machine. */
export const createRandom = mulberry32;

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function pickPlace(random: () => number): DemoPlace {
  const total = RHEIN_NECKAR_PLACES.reduce((sum, p) => sum + p.weight, 0);
  let r = random() * total;
  for (const place of RHEIN_NECKAR_PLACES) {
    r -= place.weight;
    if (r < 0) return place;
  }
  return RHEIN_NECKAR_PLACES[0];
}

/** A point up to ~1.5 km from the place's centroid. */
function scatter(random: () => number, place: DemoPlace): { lat: number; lng: number } {
  const distanceKm = 1.5 * Math.sqrt(random());
  const angle = 2 * Math.PI * random();
  const dLat = (distanceKm / 111.2) * Math.cos(angle);
  const dLng = (distanceKm / (111.2 * Math.cos((place.lat * Math.PI) / 180))) * Math.sin(angle);
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return { lat: round(place.lat + dLat), lng: round(place.lng + dLng) };
}

function uniqueName(used: Set<string>, candidate: () => string): string {
  for (let i = 0; i < 100; i++) {
    const name = candidate();
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  throw new Error('Could not find an unused demo name');
}

/**
 * The demo region: about 40 civil-society organisations, 60 companies and two intermediaries
 * in the Rhein-Neckar region, with plausible names, addresses and coordinates. Deterministic.
 */
export function demoOrganisations(
  options = { zo: 40, kmu: 60, seed: 20261122 },
): DemoOrganisation[] {
  const random = createRandom(options.seed);
  const used = new Set<string>();
  const result: DemoOrganisation[] = [];
  const address = (place: DemoPlace) => ({
    street: `${pick(random, STREETS)} ${1 + Math.floor(random() * 120)}`,
    postcode: place.postcode,
    city: place.city,
    ...scatter(random, place),
  });

  for (let i = 0; i < options.zo; i++) {
    const place = pickPlace(random);
    let description = '';
    const name = uniqueName(used, () => {
      const [pattern, text] = pick(random, ZO_TEMPLATES);
      description = text;
      return pattern.replace('{city}', place.city.split(' ')[0]);
    });
    result.push({ kind: 'ZO', name, description, ...address(place) });
  }
  for (let i = 0; i < options.kmu; i++) {
    const place = pickPlace(random);
    let description = '';
    const name = uniqueName(used, () => {
      const [pattern, text] = pick(random, KMU_TEMPLATES);
      description = text;
      return pattern.replace('{name}', pick(random, FAMILY_NAMES));
    });
    result.push({ kind: 'KMU', name, description, ...address(place) });
  }
  for (const [name, description, placeIndex] of INTERMEDIARIES) {
    const place = RHEIN_NECKAR_PLACES[placeIndex];
    result.push({ kind: 'INTERMEDIARY', name, description, ...address(place) });
  }
  return result;
}
