import { deepFreeze } from '../checks/deep-freeze';
import type { Label } from '../organisations/organisation-attributes';
import type { PartnerKind } from './kinds';
import { codeIndex } from './lookup';

/**
 * A quality attribute: something an organisation holds and can show (a certificate, a signed
 * agreement, an insurance policy). Attributes are the evidence for quality criteria.
 */
export interface QualityAttributeDefinition {
  readonly code: string;
  readonly label: Label;
  /** The kind of organisation that can hold it. */
  readonly heldBy: PartnerKind;
}

export const QUALITY_ATTRIBUTES = deepFreeze([
  {
    code: 'inqa-om-agreement',
    heldBy: 'KMU',
    label: {
      de: 'Unterzeichnete INQA- oder OM-Praxisvereinbarung',
      en: 'Signed INQA or OM practice agreement',
    },
  },
  {
    code: 'om-practice-check',
    heldBy: 'KMU',
    label: {
      de: 'Durchgeführter OM-Praxis-Check (z. B. Personalführung)',
      en: 'Completed OM practice check (e.g. on leadership)',
    },
  },
  {
    code: 'oshms-certificate',
    heldBy: 'KMU',
    label: {
      de: 'Zertifiziertes Arbeitsschutzmanagement (z. B. ISO 45001 oder Gütesiegel der Berufsgenossenschaft)',
      en: "Certified occupational safety and health management (e.g. ISO 45001 or an accident insurer's seal)",
    },
  },
  {
    code: 'environmental-certificate',
    heldBy: 'KMU',
    label: {
      de: 'Umweltmanagement nach EMAS oder ISO 14001',
      en: 'Environmental management to EMAS or ISO 14001',
    },
  },
  {
    code: 'quality-certificate',
    heldBy: 'KMU',
    label: {
      de: 'Qualitätsmanagement nach ISO 9001 oder vergleichbar',
      en: 'Quality management to ISO 9001 or equivalent',
    },
  },
  {
    code: 'master-craftsman-business',
    heldBy: 'KMU',
    label: { de: 'Meisterbetrieb', en: 'Master craftsman business' },
  },
  {
    code: 'employer-award',
    heldBy: 'KMU',
    label: {
      de: 'Auszeichnung als Arbeitgeber (z. B. regionaler Arbeitgeberpreis)',
      en: 'Employer award (e.g. a regional employer prize)',
    },
  },
  {
    code: 'employee-survey',
    heldBy: 'KMU',
    label: { de: 'Regelmäßige Beschäftigtenbefragung', en: 'Regular employee survey' },
  },
  {
    code: 'sustainability-report',
    heldBy: 'KMU',
    label: {
      de: 'Veröffentlichter Nachhaltigkeitsbericht (z. B. DNK-Erklärung)',
      en: 'Published sustainability report (e.g. German Sustainability Code declaration)',
    },
  },
  {
    code: 'charitable-status',
    heldBy: 'ZO',
    label: {
      de: 'Anerkannte Gemeinnützigkeit (Freistellungsbescheid)',
      en: 'Recognised charitable status (tax exemption notice)',
    },
  },
  {
    code: 'named-contact-person',
    heldBy: 'ZO',
    label: {
      de: 'Benannte Ansprechperson für Unternehmen',
      en: 'Named contact person for companies',
    },
  },
  {
    code: 'volunteer-insurance',
    heldBy: 'ZO',
    label: {
      de: 'Haftpflicht- und Unfallversicherung für Ehrenamtliche',
      en: 'Liability and accident insurance for volunteers',
    },
  },
  {
    code: 'child-protection-concept',
    heldBy: 'ZO',
    label: {
      de: 'Schutzkonzept für Kinder und Jugendliche',
      en: 'Safeguarding concept for children and young people',
    },
  },
  {
    code: 'financial-report-published',
    heldBy: 'ZO',
    label: {
      de: 'Veröffentlichter Jahres- und Finanzbericht',
      en: 'Published annual and financial report',
    },
  },
  {
    code: 'transparency-initiative',
    heldBy: 'ZO',
    label: {
      de: 'Selbstverpflichtung der Initiative Transparente Zivilgesellschaft',
      en: 'Signatory of the Transparent Civil Society Initiative',
    },
  },
  {
    code: 'donation-seal',
    heldBy: 'ZO',
    label: { de: 'DZI-Spenden-Siegel', en: 'DZI donation seal' },
  },
] as const satisfies readonly QualityAttributeDefinition[]);

export type QualityAttributeCode = (typeof QUALITY_ATTRIBUTES)[number]['code'];

export interface QualityAttribute extends QualityAttributeDefinition {
  readonly code: QualityAttributeCode;
}

export const QUALITY_ATTRIBUTE_CODES: readonly QualityAttributeCode[] = deepFreeze(
  QUALITY_ATTRIBUTES.map((a) => a.code),
);

const attributeIndex = codeIndex<QualityAttribute>('quality attribute', QUALITY_ATTRIBUTES);

export function isQualityAttributeCode(value: unknown): value is QualityAttributeCode {
  return attributeIndex.has(value);
}

/** The quality attribute with this code. */
export function qualityAttribute(code: QualityAttributeCode): QualityAttribute {
  return attributeIndex.get(code);
}

/**
 * A quality criterion: what one side can require of its partners (checkpoint 3), e.g. a ZO
 * requiring occupational safety of the companies it works with.
 */
export interface QualityCriterionDefinition {
  readonly code: string;
  readonly label: Label;
  /** The kind of organisation that must meet it (the partner being judged). */
  readonly appliesTo: PartnerKind;
  /** Attributes any one of which is evidence that the criterion is met. */
  readonly evidence: readonly QualityAttributeCode[];
}

export const QUALITY_CRITERIA = deepFreeze([
  {
    code: 'reputation',
    appliesTo: 'KMU',
    label: { de: 'Guter Ruf des Unternehmens', en: 'Good reputation of the company' },
    evidence: ['employer-award', 'sustainability-report', 'inqa-om-agreement'],
  },
  {
    code: 'quality-of-work',
    appliesTo: 'KMU',
    label: { de: 'Qualität der Arbeit', en: 'Quality of work' },
    evidence: ['quality-certificate', 'master-craftsman-business'],
  },
  {
    code: 'leadership',
    appliesTo: 'KMU',
    label: { de: 'Gute Personalführung', en: 'Good leadership' },
    evidence: ['om-practice-check', 'inqa-om-agreement', 'employee-survey'],
  },
  {
    code: 'work-climate',
    appliesTo: 'KMU',
    label: { de: 'Gutes Betriebsklima', en: 'Good work climate' },
    evidence: ['employee-survey', 'employer-award'],
  },
  {
    code: 'occupational-safety-health',
    appliesTo: 'KMU',
    label: { de: 'Sicherheit und Gesundheit bei der Arbeit', en: 'Occupational safety and health' },
    evidence: ['oshms-certificate'],
  },
  {
    code: 'environmental-protection',
    appliesTo: 'KMU',
    label: { de: 'Umweltschutz', en: 'Environmental protection' },
    evidence: ['environmental-certificate', 'sustainability-report'],
  },
  {
    code: 'inqa-om-agreement',
    appliesTo: 'KMU',
    label: {
      de: 'Unterzeichnete INQA- oder OM-Praxisvereinbarung',
      en: 'Signed INQA or OM practice agreement',
    },
    evidence: ['inqa-om-agreement'],
  },
  {
    code: 'charitable-status',
    appliesTo: 'ZO',
    label: { de: 'Anerkannte Gemeinnützigkeit', en: 'Recognised charitable status' },
    evidence: ['charitable-status'],
  },
  {
    code: 'named-contact-person',
    appliesTo: 'ZO',
    label: { de: 'Feste Ansprechperson', en: 'Named contact person' },
    evidence: ['named-contact-person'],
  },
  {
    code: 'volunteer-insurance',
    appliesTo: 'ZO',
    label: { de: 'Versicherungsschutz für Ehrenamtliche', en: 'Insurance cover for volunteers' },
    evidence: ['volunteer-insurance'],
  },
  {
    code: 'child-protection-concept',
    appliesTo: 'ZO',
    label: { de: 'Kinderschutzkonzept', en: 'Child-protection concept' },
    evidence: ['child-protection-concept'],
  },
  {
    code: 'financial-transparency',
    appliesTo: 'ZO',
    label: { de: 'Finanzielle Transparenz', en: 'Financial transparency' },
    evidence: ['financial-report-published', 'transparency-initiative', 'donation-seal'],
  },
] as const satisfies readonly QualityCriterionDefinition[]);

export type QualityCriterionCode = (typeof QUALITY_CRITERIA)[number]['code'];

export interface QualityCriterion extends QualityCriterionDefinition {
  readonly code: QualityCriterionCode;
}

export const QUALITY_CRITERION_CODES: readonly QualityCriterionCode[] = deepFreeze(
  QUALITY_CRITERIA.map((c) => c.code),
);

const criterionIndex = codeIndex<QualityCriterion>('quality criterion', QUALITY_CRITERIA);

export function isQualityCriterionCode(value: unknown): value is QualityCriterionCode {
  return criterionIndex.has(value);
}

/** The quality criterion with this code. */
export function qualityCriterion(code: QualityCriterionCode): QualityCriterion {
  return criterionIndex.get(code);
}

/** The criteria that can be required of a partner of `kind`, in taxonomy order. */
export function criteriaFor(kind: PartnerKind): readonly QualityCriterion[] {
  return QUALITY_CRITERIA.filter((c) => c.appliesTo === kind);
}

/** Whether an organisation holding `attributes` meets the criterion (any one piece of evidence). */
export function isCriterionMet(
  code: QualityCriterionCode,
  attributes: readonly QualityAttributeCode[],
): boolean {
  const evidence: readonly QualityAttributeCode[] = qualityCriterion(code).evidence;
  return evidence.some((attribute) => attributes.includes(attribute));
}
