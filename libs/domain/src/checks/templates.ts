import type { PartnerKind } from '../taxonomy/kinds';
import { deepFreeze } from './deep-freeze';
import type { CheckTemplate, CheckTemplateCode } from './check-types';

export const CHECK_TEMPLATES = deepFreeze({
  ZO_KMU: {
    code: 'ZO_KMU',
    kind: 'ZO',
    title: {
      de: 'Zusammenarbeit mit KMU in der Region systematisch angehen',
      en: 'Cooperating systematically with small and medium-sized companies in the region',
    },
  },
  KMU_ZO: {
    code: 'KMU_ZO',
    kind: 'KMU',
    title: {
      de: 'Zusammenarbeit mit gemeinnützigen Organisationen in der Region systematisch angehen',
      en: 'Cooperating systematically with non-profit organisations in the region',
    },
  },
} as const satisfies Record<CheckTemplateCode, CheckTemplate>);

export function isCheckTemplateCode(value: unknown): value is CheckTemplateCode {
  return value === 'ZO_KMU' || value === 'KMU_ZO';
}

/** The template an organisation of `kind` fills in. */
export function templateFor(kind: PartnerKind): CheckTemplate {
  return kind === 'ZO' ? CHECK_TEMPLATES.ZO_KMU : CHECK_TEMPLATES.KMU_ZO;
}
