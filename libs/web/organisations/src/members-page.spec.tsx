import { fakeApiError, type FakeAnswer, type FakeRequest } from '@bs/web/data-access';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MembersPage } from './members-page';
import { membership, renderPage, VIEWER } from './test-support';

const ID = 'd0000000-0000-4000-8000-000000000001';

const ORGANISATION = {
  __typename: 'Organisation',
  id: ID,
  kind: 'KMU',
  name: 'Druckerei Beispiel GmbH',
  legalForm: null,
  description: null,
  website: null,
  street: null,
  postcode: '68159',
  city: 'Mannheim',
  location: { __typename: 'GeoPoint', lat: 49.49, lng: 8.46 },
  district: null,
  land: null,
  employeeBand: null,
  wzSection: null,
  volunteerBand: null,
  staffBand: null,
  engagementField: null,
  publicContact: null,
  version: 1,
};

const member = (userId: string, displayName: string, role: string) => ({
  __typename: 'Member',
  userId,
  displayName,
  email: `${userId}@example.org`,
  role,
  since: '2026-03-01T10:00:00.000Z',
});

function answers(
  role: string,
  overrides: Record<string, (request: FakeRequest) => FakeAnswer> = {},
) {
  return (request: FakeRequest): FakeAnswer => {
    const override = overrides[request.operationName];
    if (override) return override(request);
    switch (request.operationName) {
      case 'Viewer':
        return { data: { viewer: VIEWER } };
      case 'MyOrganisations':
        return { data: { myOrganisations: [membership(ID, ORGANISATION.name, role)] } };
      case 'Organisation':
        return { data: { organisation: ORGANISATION } };
      case 'OrganisationMembers':
        return {
          data: {
            organisationMembers: [
              member(VIEWER.id, VIEWER.displayName, role),
              member('u-max', 'Max Mustermann', 'VIEWER'),
            ],
          },
        };
      case 'OrganisationInvitations':
        return { data: { organisationInvitations: [] } };
      case 'ConsultantGrants':
        return { data: { consultantGrants: [] } };
      default:
        throw new Error(`unexpected ${request.operationName}`);
    }
  };
}

const renderMembers = (answer: (request: FakeRequest) => FakeAnswer) =>
  renderPage(<MembersPage />, {
    path: `/organisationen/${ID}/mitglieder`,
    pattern: '/organisationen/:id/mitglieder',
    answer,
  });

describe('the members page', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('tells the last owner clearly why they cannot leave', async () => {
    renderMembers(
      answers('OWNER', {
        RemoveMember: () => fakeApiError('CONFLICT', 'members.lastOwner'),
      }),
    );

    fireEvent.click(await screen.findByRole('button', { name: 'Organisation verlassen' }));
    // Asked in place first; the question's button has the focus.
    const confirm = screen.getByRole('button', { name: 'Ja, verlassen' });
    expect(document.activeElement).toBe(confirm);
    fireEvent.click(confirm);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Das geht nicht')).toBeTruthy();
    expect(alert.textContent).toContain(
      'Eine Organisation braucht immer mindestens eine Inhaberin oder einen Inhaber.',
    );
  });

  it('lets owners invite by e-mail and shows problems at the field', async () => {
    const invited: unknown[] = [];
    const { api } = renderMembers(
      answers('OWNER', {
        InviteMember: (request) => {
          const input = request.variables['input'] as { email: string };
          invited.push(input);
          if (input.email === 'max@example.org') {
            return fakeApiError('CONFLICT', 'invitations.alreadyMember', {
              fields: [{ field: 'email', messageKey: 'invitations.alreadyMember' }],
            });
          }
          return {
            data: {
              inviteMember: {
                __typename: 'Invitation',
                id: 'i1',
                email: input.email,
                role: 'VIEWER',
                createdAt: '2026-03-01T10:00:00.000Z',
                expiresAt: '2026-03-15T10:00:00.000Z',
              },
            },
          };
        },
      }),
    );

    const email = await screen.findByLabelText(/^E-Mail-Adresse \(/);
    fireEvent.change(email, { target: { value: 'max@example.org' } });
    fireEvent.change(screen.getByLabelText(/^Rolle \(/), { target: { value: 'VIEWER' } });
    fireEvent.click(screen.getByRole('button', { name: 'Einladung senden' }));

    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(email.closest('.bs-field')?.textContent).toContain('Diese Person ist bereits Mitglied.');

    fireEvent.change(email, { target: { value: 'kollegin@example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Einladung senden' }));
    expect(
      await screen.findByText('Die Einladung an kollegin@example.org ist verschickt.'),
    ).toBeTruthy();
    expect(invited).toEqual([
      { organisationId: ID, email: 'max@example.org', role: 'VIEWER' },
      { organisationId: ID, email: 'kollegin@example.org', role: 'VIEWER' },
    ]);
    expect(
      api.requests.filter((r) => r.operationName === 'OrganisationInvitations').length,
    ).toBeGreaterThan(1);
  });

  it('shows viewers the members without the owners’ tools', async () => {
    renderMembers(answers('VIEWER'));

    expect(await screen.findByText('Max Mustermann')).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: /Rolle von/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Entfernen' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Offene Einladungen' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Zugang für Beratende' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Organisation verlassen' })).toBeTruthy();
  });
});
