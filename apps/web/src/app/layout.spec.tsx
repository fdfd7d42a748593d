import { initI18n } from '@bs/web/i18n';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { routes } from './routes';

function renderApp(path: string) {
  const i18n = initI18n({ language: 'de' });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  return { i18n, router };
}

describe('app shell', () => {
  afterEach(cleanup);

  it('has a skip link, a header with navigation and language, and a main landmark', () => {
    renderApp('/gibt-es-nicht');

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
    const { i18n, router } = renderApp('/gibt-es-nicht');

    expect(screen.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeTruthy();

    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeTruthy();

    act(() => screen.getByRole('link', { name: 'Go to the map' }).click());
    expect(router.state.location.pathname).toBe('/');
  });
});
