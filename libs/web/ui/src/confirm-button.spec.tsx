import { initI18n } from '@bs/web/i18n';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmButton } from './confirm-button';

describe('ConfirmButton', () => {
  afterEach(cleanup);

  it('asks in place before acting, and gives the focus back when cancelled', () => {
    const onConfirm = vi.fn();
    render(
      <I18nextProvider i18n={initI18n({ language: 'de' })}>
        <ConfirmButton
          label="Entfernen"
          question="Max entfernen?"
          confirmLabel="Ja, entfernen"
          cancelLabel="Abbrechen"
          onConfirm={onConfirm}
        />
      </I18nextProvider>,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Entfernen' }));
    expect(screen.getByText('Max entfernen?')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ja, entfernen' }));

    fireEvent.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Entfernen' }));

    fireEvent.click(screen.getByRole('button', { name: 'Entfernen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, entfernen' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
