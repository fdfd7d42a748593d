import { fakeApiError, type FakeAnswer, type FakeRequest } from '@bs/web/data-access';
import { ACTING_ORGANISATION_STORAGE_KEY } from '@bs/web/session';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InvitationPage } from './invitation-page';
import { renderPage, VIEWER } from './test-support';

const renderInvitation = (answer: (request: FakeRequest) => FakeAnswer) =>
  renderPage(<InvitationPage />, {
    path: '/invitation?token=tok-123',
    pattern: '/invitation',
    answer,
  });

describe('the invitation link', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('asks anonymous visitors to log in or sign up, keeping the token', async () => {
    const { api } = renderInvitation(() => ({ data: { viewer: null } }));

    const logIn = await screen.findByRole('link', { name: 'Anmelden' });
    const back = encodeURIComponent('/invitation?token=tok-123');
    expect(logIn.getAttribute('href')).toBe(`/account/log-in?next=${back}`);
    expect(screen.getByRole('link', { name: 'Konto anlegen' }).getAttribute('href')).toBe(
      `/account/sign-up?next=${back}`,
    );
    expect(api.requests.some((r) => r.operationName === 'AcceptInvitation')).toBe(false);
  });

  it('joins once when signed in and goes to the organisation, acting for it', async () => {
    const { api, router } = renderInvitation(({ operationName }) => {
      if (operationName === 'Viewer') return { data: { viewer: VIEWER } };
      if (operationName === 'MyOrganisations') return { data: { myOrganisations: [] } };
      return {
        data: {
          acceptInvitation: {
            __typename: 'AcceptedInvitation',
            role: 'EDITOR',
            organisation: { __typename: 'Organisation', id: 'o-7', name: 'Tafel', kind: 'ZO' },
          },
        },
      };
    });

    await waitFor(() => expect(router.state.location.pathname).toBe('/organisationen/o-7'));
    expect(router.state.location.state).toEqual({ joined: { name: 'Tafel', role: 'EDITOR' } });
    const accepts = api.requests.filter((r) => r.operationName === 'AcceptInvitation');
    expect(accepts).toEqual([
      { operationName: 'AcceptInvitation', variables: { token: 'tok-123' } },
    ]);
    expect(localStorage.getItem(ACTING_ORGANISATION_STORAGE_KEY)).toBe('o-7');
  });

  it.each([
    ['invitations.expired', 'Diese Einladung ist abgelaufen.'],
    ['invitations.used', 'Diese Einladung wurde schon angenommen oder zurückgezogen.'],
    ['invitations.invalid', 'Dieser Einladungslink ist ungültig.'],
    ['invitations.wrongAccount', 'Diese Einladung ging an eine andere E-Mail-Adresse.'],
  ])('explains %s', async (messageKey, text) => {
    renderInvitation(({ operationName }) =>
      operationName === 'Viewer'
        ? { data: { viewer: VIEWER } }
        : fakeApiError(
            messageKey === 'invitations.wrongAccount' ? 'FORBIDDEN' : 'BAD_USER_INPUT',
            messageKey,
          ),
    );

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(text);
    if (messageKey === 'invitations.wrongAccount') {
      expect(alert.textContent).toContain('Sie sind als erika@example.org angemeldet.');
      expect(screen.getByRole('button', { name: 'Abmelden' })).toBeTruthy();
    }
  });
});
