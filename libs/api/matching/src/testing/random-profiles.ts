import { writeIndexRows } from '@bs/api/profiles';
import {
  counterpartKind,
  criteriaFor,
  mulberry32,
  QUALITY_ATTRIBUTES,
  THEMES,
  topic,
  topicsFor,
  type IndexedEntry,
  type IndexedProfile,
  type PartnerKind,
  type Rating,
} from '@bs/domain';
import type { EntityManager } from 'typeorm';

/** A small deterministic PRNG, so a seed always gives the same data. */
export const seededRandom = mulberry32;

/** A profile with a place, for loading into the match index. */
export interface PlacedProfile extends IndexedProfile {
  readonly name: string;
  readonly lat: number;
  readonly lng: number;
}

export interface RandomProfileOptions {
  count: number;
  seed: number;
  /** Centre and half-size (degrees) of the box the organisations are spread over. */
  centre?: { lat: number; lng: number };
  spread?: { lat: number; lng: number };
  /** Share of ZOs (the rest are KMU). */
  zoShare?: number;
}

const RATINGS: Rating[] = ['RED', 'YELLOW', 'GREEN'];

function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/**
 * Random but plausible profiles: natural topic directions, a few themes, attributes the kind
 * can hold (some verified), now and then required criteria, offer terms on effortful offers,
 * radius 5–80 km, readiness from random ratings or none.
 */
export function randomProfiles(options: RandomProfileOptions): PlacedProfile[] {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[], max: number): T[] => {
    const n = Math.floor(random() * (max + 1));
    const pool = [...items];
    const out: T[] = [];
    while (out.length < n && pool.length > 0) {
      out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
    }
    return out;
  };
  const centre = options.centre ?? { lat: 49.45, lng: 8.6 };
  const spread = options.spread ?? { lat: 0.35, lng: 0.5 };
  return Array.from({ length: options.count }, (_, i): PlacedProfile => {
    const kind: PartnerKind = random() < (options.zoShare ?? 0.5) ? 'ZO' : 'KMU';
    const entries: IndexedEntry[] = [];
    const plain = (category: IndexedEntry['category'], code: string, verified = false) =>
      entries.push({
        category,
        code,
        direction: null,
        verified,
        leadTimeDays: null,
        groupSize: null,
      });
    for (const t of pick(topicsFor(kind, 'SEEKS'), 4)) {
      entries.push({
        category: 'TOPIC',
        code: t.code,
        direction: 'SEEKS',
        verified: false,
        leadTimeDays: null,
        groupSize: null,
      });
    }
    for (const t of pick(topicsFor(kind, 'OFFERS'), 4)) {
      const terms = topic(t.code).effortful && random() < 0.5;
      entries.push({
        category: 'TOPIC',
        code: t.code,
        direction: 'OFFERS',
        verified: false,
        leadTimeDays: terms && random() < 0.7 ? Math.floor(random() * 60) : null,
        groupSize: terms && random() < 0.7 ? 1 + Math.floor(random() * 20) : null,
      });
    }
    for (const theme of pick(THEMES, 4)) plain('THEME', theme.code);
    for (const attribute of pick(
      QUALITY_ATTRIBUTES.filter((a) => a.heldBy === kind),
      4,
    )) {
      plain('ATTRIBUTE', attribute.code, random() < 0.4);
    }
    if (random() < 0.25) {
      for (const criterion of pick(criteriaFor(counterpartKind(kind)), 2)) {
        plain('REQUIRED_CRITERION', criterion.code);
      }
    }
    const checked = random() < 0.85;
    const ratings = checked
      ? Array.from({ length: 7 }, () => RATINGS[Math.floor(random() * 3)])
      : null;
    return {
      id: uuidFrom(random),
      name: `${kind === 'ZO' ? 'Verein' : 'Firma'} ${i + 1}`,
      kind,
      radiusKm: 5 + Math.floor(random() * 76),
      requireVerified: random() < 0.1,
      readiness: checked ? Math.round(random() * 1000) / 1000 : null,
      ratings,
      entries,
      lat: centre.lat + (random() * 2 - 1) * spread.lat,
      lng: centre.lng + (random() * 2 - 1) * spread.lng,
    };
  });
}

/**
 * Writes organisations and their match-index rows (with `MatchIndexWriter`'s `writeIndexRows`) for the given
 * profiles, in batches. For tests and the benchmark's small data set.
 */
export async function loadMatchIndex(
  manager: EntityManager,
  profiles: readonly PlacedProfile[],
  batchSize = 2_000,
): Promise<void> {
  for (let start = 0; start < profiles.length; start += batchSize) {
    const batch = profiles.slice(start, start + batchSize);
    await manager.query(
      `INSERT INTO organisation (id, kind, name, postcode, city, location)
       SELECT r.id, r.kind::organisation_kind, r.name, '68159', 'Testheim',
              ST_SetSRID(ST_MakePoint(r.lng, r.lat), 4326)::geography
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, kind text, name text, lat float8, lng float8)`,
      [JSON.stringify(batch.map(({ id, kind, name, lat, lng }) => ({ id, kind, name, lat, lng })))],
    );
    await writeIndexRows(manager, batch);
  }
}
