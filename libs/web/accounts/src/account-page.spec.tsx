import { fakeApiError, type FakeAnswer, type FakeRequest } from '@bs/web/data-access';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccountPage } from './account-page';
import { renderPage, VIEWER } from './test-support';

const answers =
  (overrides: Record<string, () => FakeAnswer>) =>
  ({ operationName }: FakeRequest): FakeAnswer => {
    const override = overrides[operationName];
    if (override) return override();
    if (operationName === 'Viewer') return { data: { viewer: VIEWER } };
    if (operationName === 'MyOrganisations') return { data: { myOrganisations: [] } };
    throw new Error(`unexpected ${operationName}`);
  };

describe('the account page', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('downloads everything stored about the user as brueckenschlag-daten.json', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:export';
    });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    renderPage(<AccountPage />, {
      path: '/account',
      answer: answers({
        MyDataExport: () => ({ data: { myDataExport: '{"user":{"email":"erika@example.org"}}' } }),
      }),
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Meine Daten herunterladen' }));

    expect(
      await screen.findByText('Die Datei brueckenschlag-daten.json wurde heruntergeladen.'),
    ).toBeTruthy();
    expect(clicked[0]?.download).toBe('brueckenschlag-daten.json');
    expect(clicked[0]?.href).toBe('blob:export');
    expect(blobs[0]?.type).toBe('application/json');
    expect(await blobs[0]?.text()).toBe('{"user":{"email":"erika@example.org"}}');
  });

  it('names the organisations that keep the account from being deleted', async () => {
    renderPage(<AccountPage />, {
      path: '/account',
      answer: answers({
        DeleteMyAccount: () =>
          fakeApiError('CONFLICT', 'privacy.soleOwner', {
            organisations: [{ id: 'o1', name: 'Tafel Leimen e.V.' }],
          }),
      }),
    });

    fireEvent.change(await screen.findByLabelText(/^Zur Bestätigung: Ihr Passwort/), {
      target: { value: 'Kaffee mit Milch 2x' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Konto endgültig löschen' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Ihr Konto kann noch nicht gelöscht werden')).toBeTruthy();
    expect(
      within(alert)
        .getByRole('link', { name: 'Mitglieder von Tafel Leimen e.V. verwalten' })
        .getAttribute('href'),
    ).toBe('/organisationen/o1/mitglieder');
  });

  it('shows a wrong password at the password field', async () => {
    renderPage(<AccountPage />, {
      path: '/account',
      answer: answers({
        DeleteMyAccount: () =>
          fakeApiError('BAD_USER_INPUT', 'privacy.passwordWrong', {
            fields: [{ field: 'password', messageKey: 'privacy.passwordWrong' }],
          }),
      }),
    });

    const password = await screen.findByLabelText(/^Zur Bestätigung: Ihr Passwort/);
    fireEvent.change(password, { target: { value: 'falsch-falsch-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Konto endgültig löschen' }));

    await waitFor(() => expect(password.getAttribute('aria-invalid')).toBe('true'));
    expect(password.closest('.bs-field')?.textContent).toContain('Das Passwort stimmt nicht.');
  });

  it('changes the language of the account and of the page', async () => {
    const { i18n, api } = renderPage(<AccountPage />, {
      path: '/account',
      answer: answers({
        ChangeLocale: () => ({
          data: { changeLocale: { __typename: 'Viewer', id: VIEWER.id, locale: 'en' } },
        }),
      }),
    });

    fireEvent.change(await screen.findByLabelText(/^Sprache der Oberfläche/), {
      target: { value: 'en' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Sprache speichern' }));

    await waitFor(() => expect(i18n.language).toBe('en'));
    expect(api.lastRequest('ChangeLocale')?.variables).toEqual({ locale: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Your account' })).toBeTruthy();
  });
});
