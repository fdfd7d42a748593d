import type { OrganisationKind } from '@bs/domain';

/**
 * CSS modifier per kind. Kinds differ by shape and letter, not only by colour:
 * ZO a circle, KMU a square, intermediary a diamond (see map.css).
 */
export const KIND_MODIFIER: Record<OrganisationKind, string> = {
  ZO: 'zo',
  KMU: 'kmu',
  INTERMEDIARY: 'intermediary',
};
