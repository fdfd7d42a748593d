import { initI18n } from '@bs/web/i18n';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MapContainer } from 'react-leaflet';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { MapOrganisation } from './organisation';
import { OrganisationMarker } from './organisation-marker';

const tafel: MapOrganisation = {
  id: 'a0000000-0000-4000-8000-000000000001',
  kind: 'ZO',
  name: 'Tafel Mannheim',
  description: 'Lebensmittel retten & verteilen <für alle>',
  street: 'Beispielstraße 1',
  postcode: '68159',
  city: 'Mannheim',
  location: { lat: 49.4875, lng: 8.466 },
};

const druckerei: MapOrganisation = {
  id: 'a0000000-0000-4000-8000-000000000002',
  kind: 'KMU',
  name: 'Druckerei Neckar GmbH',
  description: null,
  street: null,
  postcode: '69117',
  city: 'Heidelberg',
  location: { lat: 49.41, lng: 8.69 },
};

function renderOnMap(...organisations: MapOrganisation[]) {
  const i18n = initI18n({ language: 'de' });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <MapContainer center={[49.45, 8.6]} zoom={10} style={{ width: 800, height: 600 }}>
          {organisations.map((organisation) => (
            <OrganisationMarker key={organisation.id} organisation={organisation} />
          ))}
        </MapContainer>
      </MemoryRouter>
    </I18nextProvider>,
  );
  return { ...view, i18n };
}

describe('OrganisationMarker', () => {
  afterEach(cleanup);

  it('shows each kind with its own shape class and letter, named for screen readers', () => {
    const { container } = renderOnMap(tafel, druckerei);

    const zo = container.querySelector<HTMLElement>('.bs-marker.bs-marker--zo');
    const kmu = container.querySelector<HTMLElement>('.bs-marker.bs-marker--kmu');
    expect(zo?.title).toBe('Tafel Mannheim (Zivilgesellschaftliche Organisation)');
    expect(zo?.querySelector('[aria-hidden="true"]')?.textContent).toBe('Z');
    expect(kmu?.title).toBe('Druckerei Neckar GmbH (Kleines oder mittleres Unternehmen)');
    expect(kmu?.querySelector('[aria-hidden="true"]')?.textContent).toBe('K');

    // Keyboard-focusable buttons whose name is the organisation and its kind.
    const button = screen.getByRole('button', {
      name: 'Tafel Mannheim (Zivilgesellschaftliche Organisation)',
    });
    expect(button).toBe(zo);
    expect(button.tabIndex).toBe(0);
  });

  it('opens a popup with name, kind, address and description (text, not HTML)', () => {
    const { container } = renderOnMap(tafel);

    fireEvent.click(screen.getByRole('button', { name: /Tafel Mannheim/ }));

    const popup = container.querySelector<HTMLElement>('.leaflet-popup');
    expect(popup).not.toBeNull();
    const inPopup = within(popup as HTMLElement);
    expect(inPopup.getByRole('heading', { name: 'Tafel Mannheim' })).toBeTruthy();
    // The name leads to the organisation's own page.
    expect(inPopup.getByRole('link', { name: 'Tafel Mannheim' }).getAttribute('href')).toBe(
      `/organisationen/${tafel.id}`,
    );
    expect(inPopup.getByText('Zivilgesellschaftliche Organisation')).toBeTruthy();
    expect(inPopup.getByText(/Beispielstraße 1/).textContent).toBe(
      'Beispielstraße 168159 Mannheim',
    );
    expect(inPopup.getByText('Lebensmittel retten & verteilen <für alle>')).toBeTruthy();
    expect(inPopup.getByRole('button', { name: 'Schließen' })).toBeTruthy();
  });

  it('leaves out what an organisation has not published', () => {
    const { container } = renderOnMap(druckerei);

    fireEvent.click(screen.getByRole('button', { name: /Druckerei Neckar/ }));

    const popup = container.querySelector<HTMLElement>('.leaflet-popup') as HTMLElement;
    expect(popup.querySelector('.bs-popup__address')?.textContent).toBe('69117 Heidelberg');
    expect(popup.querySelector('.bs-popup__description')).toBeNull();
  });

  it('follows a change of language', async () => {
    const { i18n } = renderOnMap(tafel);

    await act(() => i18n.changeLanguage('en'));

    expect(
      screen.getByRole('button', { name: 'Tafel Mannheim (Civil-society organisation)' }).title,
    ).toBe('Tafel Mannheim (Civil-society organisation)');
  });
});
