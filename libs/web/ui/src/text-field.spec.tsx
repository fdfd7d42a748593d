import { initI18n } from '@bs/web/i18n';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { TextField } from './text-field';

const renderField = (error?: string) =>
  render(
    <I18nextProvider i18n={initI18n({ language: 'de' })}>
      <TextField
        id="city"
        label="Ort"
        hint="Aus der Postleitzahl"
        required
        value=""
        onValueChange={() => undefined}
        error={error}
      />
    </I18nextProvider>,
  );

describe('TextField', () => {
  afterEach(cleanup);

  it('is labelled, marked as required and described by its hint', () => {
    renderField();
    const input = screen.getByRole('textbox', { name: 'Ort (Pflichtfeld)' });
    expect(input.hasAttribute('required')).toBe(true);
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(input.getAttribute('aria-describedby')).toBe('city-hint');
  });

  it('is marked invalid and described by its error first', () => {
    renderField('Bitte geben Sie einen Ort an.');
    const input = screen.getByRole('textbox', { name: 'Ort (Pflichtfeld)' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('city-error city-hint');
    expect(document.getElementById('city-error')?.textContent).toBe(
      'Fehler: Bitte geben Sie einen Ort an.',
    );
  });
});
