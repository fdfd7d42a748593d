import { initI18n } from '@bs/web/i18n';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { RatingGroup } from './rating-group';
import type { Rating } from './ratings';

function Harness({ initial = null }: { initial?: Rating | null }) {
  const [value, setValue] = useState<Rating | null>(initial);
  return (
    <>
      <h3 id="label">Wie schätzen Sie Ihre Organisation hier ein?</h3>
      <RatingGroup labelId="label" value={value} onChange={setValue} />
      <output data-testid="value">{value ?? 'none'}</output>
    </>
  );
}

function renderGroup(initial: Rating | null = null, language: 'de' | 'en' = 'de') {
  const i18n = initI18n({ language });
  render(
    <I18nextProvider i18n={i18n}>
      <Harness initial={initial} />
    </I18nextProvider>,
  );
}

const radios = () => screen.getAllByRole('radio');

describe('the rating group', () => {
  afterEach(cleanup);

  it('is a labelled radio group whose options say the colour and what it means', () => {
    renderGroup();
    const group = screen.getByRole('radiogroup', {
      name: 'Wie schätzen Sie Ihre Organisation hier ein?',
    });
    expect(group).toBeTruthy();
    expect(radios().map((r) => r.textContent)).toEqual([
      'Rotdringender Handlungsbedarf',
      'GelbHandlungsbedarf',
      'Gründerzeit kein Handlungsbedarf',
    ]);
    expect(screen.getByRole('radio', { name: 'Gelb: Handlungsbedarf' })).toBeTruthy();
    // Nothing chosen yet: one tab stop (the first option), none checked.
    expect(radios().map((r) => r.getAttribute('aria-checked'))).toEqual([
      'false',
      'false',
      'false',
    ]);
    expect(radios().map((r) => r.tabIndex)).toEqual([0, -1, -1]);
  });

  it('chooses with the arrow keys, wrapping, and keeps one tab stop on the chosen rating', () => {
    renderGroup('YELLOW');
    const yellow = screen.getByRole('radio', { name: /Gelb/ });
    expect(yellow.getAttribute('aria-checked')).toBe('true');
    expect(radios().map((r) => r.tabIndex)).toEqual([-1, 0, -1]);

    yellow.focus();
    fireEvent.keyDown(yellow, { key: 'ArrowRight' });
    const green = screen.getByRole('radio', { name: /Grün/ });
    expect(screen.getByTestId('value').textContent).toBe('GREEN');
    expect(document.activeElement).toBe(green);
    expect(green.getAttribute('aria-checked')).toBe('true');
    expect(radios().map((r) => r.tabIndex)).toEqual([-1, -1, 0]);

    fireEvent.keyDown(green, { key: 'ArrowDown' });
    expect(screen.getByTestId('value').textContent).toBe('RED');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: /Rot/ }));

    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    expect(screen.getByTestId('value').textContent).toBe('GREEN');
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(screen.getByTestId('value').textContent).toBe('RED');
  });

  it('chooses with a click (or Enter/Space on the button) and speaks English too', () => {
    renderGroup(null, 'en');
    fireEvent.click(screen.getByRole('radio', { name: 'Green: no need for action at present' }));
    expect(screen.getByTestId('value').textContent).toBe('GREEN');
  });
});
