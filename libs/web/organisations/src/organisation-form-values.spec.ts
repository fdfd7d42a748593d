import { describe, expect, it } from 'vitest';
import {
  EMPTY_ORGANISATION,
  organisationFieldOf,
  organisationSchema,
  unsavedChanges,
} from './organisation-form-values';

describe('organisation form values', () => {
  it("maps the API's field paths to the form's fields", () => {
    expect(organisationFieldOf('name')).toBe('name');
    expect(organisationFieldOf('contactPerson.email')).toBe('contactEmail');
    expect(organisationFieldOf('location.lat')).toBe('location');
    expect(organisationFieldOf('id')).toBeUndefined();
    expect(organisationFieldOf('version')).toBeUndefined();
  });

  it('checks with the message keys the API uses', () => {
    const result = organisationSchema.safeParse({
      ...EMPTY_ORGANISATION,
      kind: 'KMU',
      name: 'Druckerei',
      postcode: '6815',
      website: 'druckerei.example.org',
      contactPhone: 'call me',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ['website', 'organisation.website'],
      ['postcode', 'regions.invalidPostcode'],
      ['contactPhone', 'organisation.contactPhone'],
    ]);
  });

  it('keeps after a conflict what the user changed that the server does not have now', () => {
    const base = { ...EMPTY_ORGANISATION, kind: 'ZO' as const, name: 'Tafel', description: 'alt' };
    const current = { ...base, name: 'Tafel Mannheim', description: 'alt' };
    const mine = { ...base, description: 'neu', location: { lat: 49.5, lng: 8.5 } };
    expect(unsavedChanges(mine, base, current)).toEqual({
      description: 'neu',
      location: { lat: 49.5, lng: 8.5 },
    });
    // A change the other person made identically is not "unsaved".
    expect(unsavedChanges({ ...base, name: 'Tafel Mannheim' }, base, current)).toEqual({});
  });
});
