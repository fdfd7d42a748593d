import { fakeApiError, type FakeAnswer, type FakeRequest } from '@bs/web/data-access';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditOrganisationPage } from './edit-organisation-page';
import { MAP_CONFIG, membership, renderPage, VIEWER } from './test-support';

const ID = 'c0000000-0000-4000-8000-000000000001';

const organisation = (version: number, changes: Record<string, unknown> = {}) => ({
  __typename: 'Organisation',
  id: ID,
  kind: 'ZO',
  name: 'Tafel Beispiel e. V.',
  legalForm: 'e. V.',
  description: 'Wir retten Lebensmittel.',
  website: null,
  street: 'Hafenstraße 1',
  postcode: '68159',
  city: 'Mannheim',
  location: { __typename: 'GeoPoint', lat: 49.4934, lng: 8.4653 },
  district: { __typename: 'RegionRef', key: '08222', name: 'Mannheim' },
  land: { __typename: 'RegionRef', key: '08', name: 'Baden-Württemberg' },
  employeeBand: null,
  wzSection: null,
  volunteerBand: 'VOLUNTEERS_10_49',
  staffBand: null,
  engagementField: 'SOCIAL',
  publicContact: null,
  version,
  ...changes,
});

const CONTACT = {
  __typename: 'OrganisationContact',
  name: 'Erika Muster',
  email: null,
  phone: null,
};

describe('editing an organisation someone else changed meanwhile', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('loads the current state, keeps the unsaved entries visible to apply again, and saves with the new version', async () => {
    let server = organisation(3);
    const updates: Record<string, unknown>[] = [];
    const answer = (request: FakeRequest): FakeAnswer => {
      switch (request.operationName) {
        case 'Viewer':
          return { data: { viewer: VIEWER } };
        case 'MyOrganisations':
          return { data: { myOrganisations: [membership(ID, server.name, 'EDITOR')] } };
        case 'MapConfig':
          return { data: { mapConfig: MAP_CONFIG } };
        case 'PostcodeLookup':
          return fakeApiError('NOT_FOUND', 'regions.geodataUnavailable');
        case 'DistrictAt':
          return { data: { districtAt: null } };
        case 'Organisation':
          return { data: { organisation: server } };
        case 'OrganisationContact':
          return { data: { organisationContact: CONTACT } };
        case 'UpdateOrganisation': {
          const input = request.variables['input'] as Record<string, unknown>;
          updates.push(input);
          if (input['version'] !== server.version) {
            return fakeApiError('CONFLICT', 'organisations.versionConflict', {
              id: ID,
              currentVersion: server.version,
            });
          }
          server = organisation(server.version + 1, { description: input['description'] });
          return { data: { updateOrganisation: server } };
        }
        default:
          throw new Error(`unexpected ${request.operationName}`);
      }
    };
    const { router } = renderPage(<EditOrganisationPage />, {
      path: `/organisationen/${ID}/bearbeiten`,
      pattern: '/organisationen/:id/bearbeiten',
      answer,
    });

    const description = await screen.findByLabelText<HTMLTextAreaElement>(/^Beschreibung/);
    expect(description.value).toBe('Wir retten Lebensmittel.');
    expect(
      screen.getByLabelText<HTMLInputElement>('Name der Ansprechperson (optional)').value,
    ).toBe('Erika Muster');

    // Meanwhile someone else renames the organisation (version 4).
    server = organisation(4, { name: 'Tafel Mannheim e. V.' });
    fireEvent.change(description, { target: { value: 'Wir retten und verteilen Lebensmittel.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Änderungen speichern' }));

    const notice = await screen.findByText(
      'Jemand anderes hat diese Organisation inzwischen geändert',
    );
    expect(updates[0]).toMatchObject({ id: ID, version: 3 });
    // The form shows the current state …
    expect(screen.getByLabelText<HTMLInputElement>(/^Name \(/).value).toBe('Tafel Mannheim e. V.');
    const reloaded = screen.getByLabelText<HTMLTextAreaElement>(/^Beschreibung/);
    expect(reloaded.value).toBe('Wir retten Lebensmittel.');
    // … the notice has the focus, and the unsaved entry is shown at its field.
    expect(document.activeElement?.contains(notice)).toBe(true);
    const field = reloaded.closest('.bs-field') as HTMLElement;
    expect(within(field).getByText('Wir retten und verteilen Lebensmittel.')).toBeTruthy();

    fireEvent.click(within(field).getByRole('button', { name: 'Übernehmen' }));
    expect(reloaded.value).toBe('Wir retten und verteilen Lebensmittel.');
    fireEvent.click(screen.getByRole('button', { name: 'Änderungen speichern' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/organisationen/${ID}`));
    expect(updates[1]).toMatchObject({
      version: 4,
      name: 'Tafel Mannheim e. V.',
      description: 'Wir retten und verteilen Lebensmittel.',
      volunteerBand: 'VOLUNTEERS_10_49',
      engagementField: 'SOCIAL',
      // The stored exact location stays; the contact person is kept.
      location: { lat: 49.4934, lng: 8.4653 },
      contactPerson: { name: 'Erika Muster', email: null, phone: null },
    });
    expect(updates[1]).not.toHaveProperty('employeeBand');
  });
});
