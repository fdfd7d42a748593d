import { describe, expect, it } from 'vitest';
import { isOrganisationKind, ORGANISATION_KINDS } from './organisation-kind';

describe('organisation kinds', () => {
  it('knows ZO, KMU and intermediaries', () => {
    expect(ORGANISATION_KINDS).toEqual(['ZO', 'KMU', 'INTERMEDIARY']);
  });

  it('rejects anything else, including lower case', () => {
    expect(isOrganisationKind('KMU')).toBe(true);
    expect(isOrganisationKind('kmu')).toBe(false);
    expect(isOrganisationKind(42)).toBe(false);
  });
});
