import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initI18n, LANGUAGE_STORAGE_KEY } from './i18n';
import { LanguageSwitcher } from './language-switcher';

describe('LanguageSwitcher', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('is a labelled select that switches the language of the page', () => {
    const i18n = initI18n({ language: 'de' });
    render(
      <I18nextProvider i18n={i18n}>
        <LanguageSwitcher />
      </I18nextProvider>,
    );

    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Sprache' });
    expect(select.value).toBe('de');
    expect(screen.getByRole('option', { name: 'English' }).getAttribute('lang')).toBe('en');

    fireEvent.change(select, { target: { value: 'en' } });

    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Language' }).value).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    // Each language keeps its own name whatever the page language is.
    expect(screen.getByRole('option', { name: 'Deutsch' })).toBeTruthy();
  });
});
