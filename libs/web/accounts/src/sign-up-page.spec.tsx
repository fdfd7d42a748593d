import { fakeApiError } from '@bs/web/data-access';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pendingNext } from './pending-next';
import { SignUpPage } from './sign-up-page';
import { renderPage } from './test-support';

const fill = (label: RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('signing up', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('shows the password rules as they are met and the problems of each field', async () => {
    const { api } = renderPage(<SignUpPage />, {
      path: '/account/sign-up',
      answer: () => ({ data: { viewer: null } }),
    });
    const password = await screen.findByLabelText(/^Passwort \(/);
    const rules = document.getElementById(`${password.id}-hint`) as HTMLElement;
    expect(password.getAttribute('aria-describedby')).toContain(rules.id);

    fill(/^E-Mail-Adresse/, 'erika@example.org');
    fill(/^Passwort \(/, 'erika-passwort');
    expect(within(rules).getByText(/hat mindestens 12 Zeichen/).textContent).toContain('(erfüllt)');
    expect(within(rules).getByText(/enthält nicht den Teil/).textContent).toContain(
      '(noch nicht erfüllt)',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Konto anlegen' }));

    const summary = await screen.findByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(summary.textContent).toContain(
      'Bitte geben Sie einen Namen mit höchstens 100 Zeichen an.',
    );
    expect(summary.textContent).toContain(
      'Das Passwort darf den Teil Ihrer E-Mail-Adresse vor dem @ nicht enthalten.',
    );
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(api.requests.some((r) => r.operationName === 'SignUp')).toBe(false);
  });

  it('shows a taken address at the email field', async () => {
    renderPage(<SignUpPage />, {
      path: '/account/sign-up',
      answer: ({ operationName }) =>
        operationName === 'Viewer'
          ? { data: { viewer: null } }
          : fakeApiError('CONFLICT', 'accounts.emailTaken', {
              fields: [{ field: 'email', messageKey: 'accounts.emailTaken' }],
            }),
    });
    fill(/^E-Mail-Adresse/, 'erika@example.org');
    fill(/^Ihr Name/, 'Erika Muster');
    fill(/^Passwort \(/, 'Kaffee mit Milch 2x');
    fireEvent.click(screen.getByRole('button', { name: 'Konto anlegen' }));

    const email = screen.getByLabelText(/^E-Mail-Adresse/);
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    const errorId = email.getAttribute('aria-describedby')?.split(' ')[0] ?? '';
    expect(document.getElementById(errorId)?.textContent).toContain(
      'Mit dieser E-Mail-Adresse gibt es schon ein Konto.',
    );
  });

  it('creates the account in the chosen language and remembers where to go after log-in', async () => {
    const { api, router } = renderPage(<SignUpPage />, {
      path: '/account/sign-up?next=%2Finvitation%3Ftoken%3Dabc',
      answer: ({ operationName }) =>
        operationName === 'Viewer'
          ? { data: { viewer: null } }
          : { data: { signUp: { __typename: 'Viewer', id: 'u1', email: 'erika@example.org' } } },
    });
    fill(/^E-Mail-Adresse/, '  erika@example.org ');
    fill(/^Ihr Name/, 'Erika Muster');
    fill(/^Passwort \(/, 'Kaffee mit Milch 2x');
    fireEvent.change(screen.getByLabelText(/^Sprache für E-Mails/), { target: { value: 'en' } });
    fireEvent.click(screen.getByRole('button', { name: 'Konto anlegen' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/account/check-mail'));
    expect(api.lastRequest('SignUp')?.variables).toEqual({
      input: {
        email: 'erika@example.org',
        displayName: 'Erika Muster',
        password: 'Kaffee mit Milch 2x',
        locale: 'en',
      },
    });
    expect(pendingNext()).toBe('/invitation?token=abc');
  });
});
