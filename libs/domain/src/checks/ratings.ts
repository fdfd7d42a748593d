import type { Label } from '../organisations/organisation-attributes';

/** The traffic-light self-rating of a checkpoint, most urgent first. */
export const RATINGS = ['RED', 'YELLOW', 'GREEN'] as const;
export type Rating = (typeof RATINGS)[number];

export interface RatingLabels {
  /** What the rating means. */
  readonly label: Label;
  /** The colour word, e.g. for a legend. */
  readonly short: Label;
  /** A description that does not rely on colour, for screen readers and tooltips. */
  readonly description: Label;
}

export const RATING_LABELS = {
  RED: {
    label: { de: 'dringender Handlungsbedarf', en: 'urgent need for action' },
    short: { de: 'Rot', en: 'Red' },
    description: {
      de: 'Ampel Rot: dringender Handlungsbedarf',
      en: 'Red traffic light: urgent need for action',
    },
  },
  YELLOW: {
    label: { de: 'Handlungsbedarf', en: 'need for action' },
    short: { de: 'Gelb', en: 'Yellow' },
    description: {
      de: 'Ampel Gelb: Handlungsbedarf',
      en: 'Yellow traffic light: need for action',
    },
  },
  GREEN: {
    label: { de: 'derzeit kein Handlungsbedarf', en: 'no need for action at present' },
    short: { de: 'Grün', en: 'Green' },
    description: {
      de: 'Ampel Grün: derzeit kein Handlungsbedarf',
      en: 'Green traffic light: no need for action at present',
    },
  },
} as const satisfies Record<Rating, RatingLabels>;

export function isRating(value: unknown): value is Rating {
  return typeof value === 'string' && (RATINGS as readonly string[]).includes(value);
}

/** RED 0, YELLOW 1, GREEN 2: a higher rank is a better state. */
export function ratingRank(rating: Rating): number {
  return RATINGS.indexOf(rating);
}
