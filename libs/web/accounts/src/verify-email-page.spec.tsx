import { fakeApiError } from '@bs/web/data-access';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPage, VIEWER } from './test-support';
import { VerifyEmailPage } from './verify-email-page';

describe('the verification link', () => {
  afterEach(cleanup);

  it('confirms the address once on load and offers to log in', async () => {
    const { api } = renderPage(<VerifyEmailPage />, {
      path: '/account/verify-email?token=tok-1',
      answer: ({ operationName }) =>
        operationName === 'Viewer' ? { data: { viewer: null } } : { data: { verifyEmail: true } },
    });

    expect(await screen.findByText('Vielen Dank! Ihre E-Mail-Adresse ist bestätigt.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Jetzt anmelden' }).getAttribute('href')).toBe(
      '/account/log-in',
    );
    // StrictMode runs effects twice; the one-time token is sent once.
    expect(api.requests.filter((r) => r.operationName === 'VerifyEmail')).toHaveLength(1);
  });

  it('explains an expired link and lets a signed-in user ask for a new one', async () => {
    const { api } = renderPage(<VerifyEmailPage />, {
      path: '/account/verify-email?token=tok-2',
      answer: ({ operationName }) => {
        if (operationName === 'Viewer')
          return { data: { viewer: { ...VIEWER, emailVerified: false } } };
        if (operationName === 'ResendVerification') return { data: { resendVerification: true } };
        return fakeApiError('BAD_USER_INPUT', 'accounts.tokenExpired', {
          fields: [{ field: 'token', messageKey: 'accounts.tokenExpired' }],
        });
      },
    });

    expect(await screen.findByText('Dieser Bestätigungslink ist abgelaufen.')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Neuen Bestätigungslink senden' }));
    expect(await screen.findByText('Wir haben Ihnen einen neuen Link geschickt.')).toBeTruthy();
    expect(api.requests.some((r) => r.operationName === 'ResendVerification')).toBe(true);
  });

  it('explains an invalid link', async () => {
    renderPage(<VerifyEmailPage />, {
      path: '/account/verify-email?token=tok-3',
      answer: ({ operationName }) =>
        operationName === 'Viewer'
          ? { data: { viewer: null } }
          : fakeApiError('BAD_USER_INPUT', 'accounts.tokenInvalid'),
    });

    expect(
      await screen.findByText('Dieser Bestätigungslink ist ungültig oder wurde schon verwendet.'),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: /einen neuen Link anzufordern/ })).toBeTruthy();
  });
});
