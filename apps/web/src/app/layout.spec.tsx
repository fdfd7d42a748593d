import { ApolloProvider } from '@apollo/client/react';
import {
  createApolloClient,
  fakeGraphqlFetch,
  type FakeAnswer,
  type FakeRequest,
} from '@bs/web/data-access';
import { initI18n } from '@bs/web/i18n';
import { ACTING_ORGANISATION_STORAGE_KEY } from '@bs/web/session';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { routes } from './routes';

const VIEWER = {
  __typename: 'Viewer',
  id: 'u1',
  displayName: 'Erika Muster',
  email: 'erika@example.org',
  emailVerified: true,
  locale: 'de',
  platformRole: 'USER',
};

const membership = (id: string, name: string, role = 'OWNER') => ({
  __typename: 'MyOrganisation',
  role,
  organisation: { __typename: 'Organisation', id, name, kind: 'ZO' },
});

function renderApp(path: string, answer: (request: FakeRequest) => FakeAnswer) {
  const i18n = initI18n({ language: 'de' });
  const api = fakeGraphqlFetch(answer);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={createApolloClient({ fetch: api.fetch })}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </I18nextProvider>,
  );
  return { i18n, router, api };
}

const anonymous = () => ({ data: { viewer: null } });

describe('app shell', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('has a skip link, a header with navigation and language, and a main landmark', () => {
    renderApp('/gibt-es-nicht', anonymous);

    const skip = screen.getByRole('link', { name: 'Zum Inhalt springen' });
    expect(skip.getAttribute('href')).toBe('#main');
    expect(screen.getByRole('main').id).toBe('main');

    const header = screen.getByRole('banner');
    expect(within(header).getByRole('link', { name: 'Brückenschlag' })).toBeTruthy();
    const nav = within(header).getByRole('navigation', { name: 'Hauptnavigation' });
    expect(within(nav).getByRole('link', { name: 'Karte' }).getAttribute('href')).toBe('/');
    expect(within(header).getByRole('combobox', { name: 'Sprache' })).toBeTruthy();
  });

  it('answers an unknown address with a translated 404 page and a way back', async () => {
    const { i18n, router } = renderApp('/gibt-es-nicht', anonymous);

    expect(screen.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeTruthy();

    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeTruthy();

    act(() => screen.getByRole('link', { name: 'Go to the map' }).click());
    expect(router.state.location.pathname).toBe('/');
  });

  it('offers log-in and sign-up to anonymous visitors, coming back to the page', async () => {
    renderApp('/gibt-es-nicht', anonymous);

    const header = screen.getByRole('banner');
    const logIn = await within(header).findByRole('link', { name: 'Anmelden' });
    expect(logIn.getAttribute('href')).toBe('/account/log-in?next=%2Fgibt-es-nicht');
    expect(within(header).getByRole('link', { name: 'Registrieren' }).getAttribute('href')).toBe(
      '/account/sign-up?next=%2Fgibt-es-nicht',
    );
  });

  it('shows the signed-in user, the organisation to act for (remembered) and log-out', async () => {
    renderApp('/gibt-es-nicht', ({ operationName }) =>
      operationName === 'Viewer'
        ? { data: { viewer: VIEWER } }
        : {
            data: {
              myOrganisations: [
                membership('o1', 'Tafel Leimen e.V.'),
                membership('o2', 'Druckerei GmbH'),
              ],
            },
          },
    );

    const header = screen.getByRole('banner');
    const switcher = await within(header).findByRole<HTMLSelectElement>('combobox', {
      name: 'Handeln für',
    });
    expect(
      within(switcher)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Tafel Leimen e.V.', 'Druckerei GmbH']);
    expect(switcher.value).toBe('o1');
    expect(
      within(header).getByRole('link', { name: 'Meine Organisation' }).getAttribute('href'),
    ).toBe('/organisationen/o1');

    fireEvent.change(switcher, { target: { value: 'o2' } });
    expect(localStorage.getItem(ACTING_ORGANISATION_STORAGE_KEY)).toBe('o2');
    expect(
      within(header).getByRole('link', { name: 'Meine Organisation' }).getAttribute('href'),
    ).toBe('/organisationen/o2');
    expect(
      within(header)
        .getByRole('link', { name: /Erika Muster/ })
        .getAttribute('href'),
    ).toBe('/account');
    expect(within(header).getByRole('button', { name: 'Abmelden' })).toBeTruthy();
    expect(within(header).queryByRole('link', { name: 'Anmelden' })).toBeNull();
  });

  it('invites a signed-in user without an organisation to create one', async () => {
    renderApp('/gibt-es-nicht', ({ operationName }) =>
      operationName === 'Viewer' ? { data: { viewer: VIEWER } } : { data: { myOrganisations: [] } },
    );

    const header = screen.getByRole('banner');
    const create = await within(header).findByRole('link', { name: 'Organisation anlegen' });
    expect(create.getAttribute('href')).toBe('/organisationen/neu');
  });

  it('has pages at the addresses the API puts into its mails', async () => {
    for (const [path, heading] of [
      ['/account/verify-email', 'E-Mail-Adresse bestätigen'],
      ['/account/reset-password', 'Neues Passwort festlegen'],
      ['/invitation', 'Einladung'],
    ]) {
      renderApp(path, anonymous);
      // The pages load lazily: on a busy machine the first import takes longer than a second.
      expect(
        await screen.findByRole('heading', { level: 1, name: heading }, { timeout: 5000 }),
      ).toBeTruthy();
      expect(document.title).toBe(`${heading} – Brückenschlag`);
      cleanup();
    }
  });
});
