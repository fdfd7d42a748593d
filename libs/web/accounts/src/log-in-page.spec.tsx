import { fakeApiError } from '@bs/web/data-access';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogInPage } from './log-in-page';
import { rememberNext } from './pending-next';
import { renderPage, VIEWER } from './test-support';

function logIn(email: string, password: string) {
  fireEvent.change(screen.getByLabelText(/^E-Mail-Adresse/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/^Passwort \(/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Anmelden' }));
}

describe('logging in', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('says that email or password is wrong, without telling which', async () => {
    renderPage(<LogInPage />, {
      path: '/account/log-in',
      answer: ({ operationName }) =>
        operationName === 'Viewer'
          ? { data: { viewer: null } }
          : fakeApiError('UNAUTHENTICATED', 'accounts.invalidCredentials'),
    });
    await screen.findByRole('button', { name: 'Anmelden' });
    logIn('erika@example.org', 'falsch-falsch-1');

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('E-Mail-Adresse oder Passwort stimmen nicht.');
    expect(document.activeElement).toBe(summary);
  });

  it("switches to the account's language and goes on to where the user came from", async () => {
    let signedIn = false;
    rememberNext('/organisationen/neu');
    const { router, i18n } = renderPage(<LogInPage />, {
      path: '/account/log-in?next=%2Finvitation%3Ftoken%3Dabc',
      answer: ({ operationName }) => {
        if (operationName === 'Viewer') return { data: { viewer: signedIn ? VIEWER : null } };
        signedIn = true;
        return { data: { logIn: { ...VIEWER, locale: 'en' } } };
      },
    });
    await screen.findByRole('button', { name: 'Anmelden' });
    logIn('erika@example.org', 'Kaffee mit Milch 2x');

    await waitFor(() => expect(router.state.location.pathname).toBe('/invitation'));
    expect(router.state.location.search).toBe('?token=abc');
    expect(i18n.language).toBe('en');
    // The remembered destination is used up.
    expect(localStorage.getItem('bs.afterLogIn')).toBeNull();
  });

  it('refuses to send people to other sites after log-in', async () => {
    const { router } = renderPage(<LogInPage />, {
      path: '/account/log-in?next=%2F%2Fevil.example%2F',
      answer: ({ operationName }) =>
        operationName === 'Viewer' ? { data: { viewer: null } } : { data: { logIn: VIEWER } },
    });
    await screen.findByRole('button', { name: 'Anmelden' });
    logIn('erika@example.org', 'Kaffee mit Milch 2x');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });
});
