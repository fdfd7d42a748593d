import type { Label } from '../organisations/organisation-attributes';

/** The two kinds of organisation that cooperate: civil-society organisations and companies. */
export const PARTNER_KINDS = ['ZO', 'KMU'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export function isPartnerKind(value: unknown): value is PartnerKind {
  return typeof value === 'string' && (PARTNER_KINDS as readonly string[]).includes(value);
}

/** The other side of a cooperation: a ZO's partners are companies and vice versa. */
export function counterpartKind(kind: PartnerKind): PartnerKind {
  return kind === 'ZO' ? 'KMU' : 'ZO';
}

/** Whether an organisation offers a topic to partners or seeks it from them. */
export const DIRECTIONS = ['OFFERS', 'SEEKS'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const DIRECTION_LABELS = {
  OFFERS: { de: 'bietet', en: 'offers' },
  SEEKS: { de: 'sucht', en: 'seeks' },
} as const satisfies Record<Direction, Label>;

export function isDirection(value: unknown): value is Direction {
  return typeof value === 'string' && (DIRECTIONS as readonly string[]).includes(value);
}

/** Matching pairs one side's SEEKS with the other side's OFFERS. */
export function oppositeDirection(direction: Direction): Direction {
  return direction === 'OFFERS' ? 'SEEKS' : 'OFFERS';
}
