import { fakeApiError, type FakeAnswer, type FakeRequest } from '@bs/web/data-access';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OrganisationPage } from './organisation-page';
import { MAP_CONFIG, membership, renderPage, VIEWER } from './test-support';

const ID = 'e0000000-0000-4000-8000-000000000001';

const ORGANISATION = {
  __typename: 'Organisation',
  id: ID,
  kind: 'ZO',
  name: 'Tafel Beispiel e. V.',
  legalForm: 'e. V.',
  description: 'Wir retten Lebensmittel.',
  website: 'https://tafel.example.org',
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
  publicContact: 'info@tafel.example.org',
  version: 2,
};

function answers(viewer: unknown, role: string | null, contact: () => FakeAnswer) {
  return ({ operationName }: FakeRequest): FakeAnswer => {
    switch (operationName) {
      case 'Viewer':
        return { data: { viewer } };
      case 'MyOrganisations':
        return { data: { myOrganisations: role ? [membership(ID, ORGANISATION.name, role)] : [] } };
      case 'Organisation':
        return { data: { organisation: ORGANISATION } };
      case 'MapConfig':
        return { data: { mapConfig: MAP_CONFIG } };
      case 'OrganisationContact':
        return contact();
      default:
        throw new Error(`unexpected ${operationName}`);
    }
  };
}

const renderOrganisation = (answer: (request: FakeRequest) => FakeAnswer) =>
  renderPage(<OrganisationPage />, {
    path: `/organisationen/${ID}`,
    pattern: '/organisationen/:id',
    answer,
  });

describe('an organisation’s page', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the public profile, district and Land, and a map, to everyone', async () => {
    const contact = vi.fn(() => ({ data: null }));
    renderOrganisation(answers(null, null, contact));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tafel Beispiel e. V.' }),
    ).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Tafel Beispiel e. V. – Brückenschlag'));
    expect(screen.getByText('Mannheim, Baden-Württemberg')).toBeTruthy();
    expect(screen.getByText('10–49 Ehrenamtliche')).toBeTruthy();
    expect(screen.getByText('Soziales')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'info@tafel.example.org' }).getAttribute('href')).toBe(
      'mailto:info@tafel.example.org',
    );
    expect(
      await screen.findByRole('region', {
        name: 'Karte mit dem Standort von Tafel Beispiel e. V.',
      }),
    ).toBeTruthy();
    // Everyone finds the cooperation profile.
    expect(
      screen
        .getByRole('link', { name: 'Kooperationsprofil: was die Organisation bietet und sucht' })
        .getAttribute('href'),
    ).toBe(`/organisationen/${ID}/profil`);
    // Anonymous: neither the contact person nor the members' tools.
    expect(contact).not.toHaveBeenCalled();
    expect(screen.queryByRole('heading', { name: 'Ansprechperson' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Bearbeiten' })).toBeNull();
  });

  it('shows members the contact person and the links to edit and manage', async () => {
    renderOrganisation(
      answers(VIEWER, 'EDITOR', () => ({
        data: {
          organisationContact: {
            __typename: 'OrganisationContact',
            name: 'Erika Muster',
            email: 'erika@tafel.example.org',
            phone: null,
          },
        },
      })),
    );

    expect(await screen.findByRole('heading', { name: 'Ansprechperson' })).toBeTruthy();
    expect(screen.getByText('Erika Muster')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Bearbeiten' }).getAttribute('href')).toBe(
      `/organisationen/${ID}/bearbeiten`,
    );
    expect(screen.getByRole('link', { name: 'Mitglieder und Zugänge' }).getAttribute('href')).toBe(
      `/organisationen/${ID}/mitglieder`,
    );
    expect(screen.getByText('Ihre Rolle: Bearbeiter/in')).toBeTruthy();
  });

  it('leaves the contact person out for signed-in users the API refuses', async () => {
    const { api } = renderOrganisation(
      answers(VIEWER, null, () => fakeApiError('FORBIDDEN', 'access.forbidden')),
    );

    await screen.findByRole('heading', { level: 1, name: 'Tafel Beispiel e. V.' });
    await waitFor(() =>
      expect(api.requests.some((r) => r.operationName === 'OrganisationContact')).toBe(true),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('heading', { name: 'Ansprechperson' })).toBeNull();
    expect(screen.queryByText(/konnte nicht geladen werden/)).toBeNull();
  });

  it('says when an organisation does not exist', async () => {
    renderOrganisation(({ operationName }) =>
      operationName === 'Organisation'
        ? fakeApiError('NOT_FOUND', 'organisations.notFound')
        : { data: { viewer: null } },
    );

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Diese Organisation gibt es nicht (mehr).',
      }),
    ).toBeTruthy();
  });
});
