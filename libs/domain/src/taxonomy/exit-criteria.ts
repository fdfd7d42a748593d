import { deepFreeze } from '../checks/deep-freeze';
import type { Label } from '../organisations/organisation-attributes';
import { codeIndex } from './lookup';

/**
 * An exit criterion: a reason that ends a cooperation. `REGULAR` endings (goals reached,
 * capacity exhausted) leave the door open for later; `FOR_CAUSE` endings are breaches or
 * risks after which the partner should not be suggested again.
 */
export interface ExitCriterionDefinition {
  readonly code: string;
  readonly label: Label;
  readonly ending: 'REGULAR' | 'FOR_CAUSE';
}

export const EXIT_CRITERIA = deepFreeze([
  {
    code: 'partner-violates-values',
    ending: 'FOR_CAUSE',
    label: { de: 'Partner handelt gegen unsere Werte', en: 'Partner acts against our values' },
  },
  {
    code: 'quality-criteria-not-met',
    ending: 'FOR_CAUSE',
    label: {
      de: 'Vereinbarte Qualitätskriterien werden nicht mehr erfüllt',
      en: 'Agreed quality criteria are no longer met',
    },
  },
  {
    code: 'agreement-breached',
    ending: 'FOR_CAUSE',
    label: {
      de: 'Vereinbarung wird wiederholt nicht eingehalten',
      en: 'Agreement is repeatedly breached',
    },
  },
  {
    code: 'no-contact-person',
    ending: 'FOR_CAUSE',
    label: {
      de: 'Keine erreichbare Ansprechperson mehr',
      en: 'No reachable contact person any more',
    },
  },
  {
    code: 'reputational-risk',
    ending: 'FOR_CAUSE',
    label: { de: 'Gefahr für den eigenen Ruf', en: 'Risk to our reputation' },
  },
  {
    code: 'undue-influence',
    ending: 'FOR_CAUSE',
    label: {
      de: 'Versuch unzulässiger Einflussnahme auf Inhalte oder Entscheidungen',
      en: 'Attempted undue influence on content or decisions',
    },
  },
  {
    code: 'safety-disregarded',
    ending: 'FOR_CAUSE',
    label: {
      de: 'Regeln zu Sicherheit und Gesundheit werden missachtet',
      en: 'Safety and health rules are disregarded',
    },
  },
  {
    code: 'paid-work-displaced',
    ending: 'FOR_CAUSE',
    label: { de: 'Ehrenamt verdrängt bezahlte Arbeit', en: 'Volunteering displaces paid work' },
  },
  {
    code: 'conflict-unresolved',
    ending: 'FOR_CAUSE',
    label: {
      de: 'Konflikt lässt sich mit dem vereinbarten Verfahren nicht lösen',
      en: 'Conflict cannot be resolved by the agreed procedure',
    },
  },
  {
    code: 'goals-reached',
    ending: 'REGULAR',
    label: { de: 'Gemeinsame Ziele sind erreicht', en: 'Joint goals have been reached' },
  },
  {
    code: 'capacity-exhausted',
    ending: 'REGULAR',
    label: { de: 'Eigene Kapazitäten sind erschöpft', en: 'Our capacity is exhausted' },
  },
] as const satisfies readonly ExitCriterionDefinition[]);

export type ExitCriterionCode = (typeof EXIT_CRITERIA)[number]['code'];

export interface ExitCriterion extends ExitCriterionDefinition {
  readonly code: ExitCriterionCode;
}

export const EXIT_CRITERION_CODES: readonly ExitCriterionCode[] = deepFreeze(
  EXIT_CRITERIA.map((c) => c.code),
);

const index = codeIndex<ExitCriterion>('exit criterion', EXIT_CRITERIA);

export function isExitCriterionCode(value: unknown): value is ExitCriterionCode {
  return index.has(value);
}

/** The exit criterion with this code. */
export function exitCriterion(code: ExitCriterionCode): ExitCriterion {
  return index.get(code);
}
