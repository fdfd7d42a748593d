import type { Label } from '../organisations/organisation-attributes';
import type { Direction, PartnerKind } from '../taxonomy/kinds';
import type { ExitCriterionCode } from '../taxonomy/exit-criteria';
import type { QualityAttributeCode, QualityCriterionCode } from '../taxonomy/quality';
import type { ThemeCode } from '../taxonomy/themes';
import type { TopicCode } from '../taxonomy/topics';

/** `ZO_KMU`: the check for civil-society organisations; `KMU_ZO`: the mirrored company check. */
export type CheckTemplateCode = 'ZO_KMU' | 'KMU_ZO';

/** A practice check (Praxis-Check): which kind of organisation fills it in, and its title. */
export interface CheckTemplate {
  readonly code: CheckTemplateCode;
  readonly kind: PartnerKind;
  readonly title: Label;
}

/** The seven checkpoints, always numbered 1–7. */
export const CHECKPOINT_NUMBERS = [1, 2, 3, 4, 5, 6, 7] as const;
export type CheckpointNumber = (typeof CHECKPOINT_NUMBERS)[number];

/** Stable codes of the seven checkpoints; both checks use the same ones in the same order. */
export const CHECKPOINT_CODES = [
  'strategic-benefit',
  'cooperation-possibilities',
  'planning',
  'different-mindsets',
  'contact-development',
  'agreements',
  'internal-organisation',
] as const;
export type CheckpointCode = (typeof CHECKPOINT_CODES)[number];

/**
 * What an example means as data. Ticking an example feeds the profile: a topic with the
 * direction from the point of view of the organisation filling in the check, a theme, a
 * quality attribute the organisation holds; quality and exit criteria (checkpoint 3 only)
 * are the menu from which the answers pick `requiredCriteria` and `exitCriteria`.
 */
export type ExampleCode =
  | { readonly type: 'topic'; readonly topic: TopicCode; readonly direction: Direction }
  | { readonly type: 'theme'; readonly theme: ThemeCode }
  | { readonly type: 'qualityCriterion'; readonly criterion: QualityCriterionCode }
  | { readonly type: 'exitCriterion'; readonly criterion: ExitCriterionCode }
  | { readonly type: 'attribute'; readonly attribute: QualityAttributeCode };

/**
 * One example of good practice within a checkpoint. Its text is an action phrase that reads
 * both as something already in place (ticked) and as a measure to take (suggested).
 */
export interface Example {
  /** Stable and unique within the version: `<zo|kmu>-<checkpoint>-<slug>`. */
  readonly code: string;
  readonly text: Label;
  readonly codes: readonly ExampleCode[];
}

export interface Checkpoint {
  readonly number: CheckpointNumber;
  readonly code: CheckpointCode;
  readonly title: Label;
  /** The statement of good practice the organisation rates itself against. */
  readonly statement: Label;
  readonly guidance: { readonly whatGoodLooksLike: Label; readonly whyItMatters: Label };
  readonly examples: readonly Example[];
}

/** A published, immutable version of a check's catalogue. */
export interface CheckVersion {
  readonly template: CheckTemplate;
  readonly version: number;
  /** ISO date (YYYY-MM-DD). */
  readonly publishedAt: string;
  /** The aim the check as a whole describes, shown before the checkpoints. */
  readonly goal: Label;
  readonly checkpoints: readonly Checkpoint[];
}
