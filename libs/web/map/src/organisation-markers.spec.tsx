import { initI18n } from '@bs/web/i18n';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { Map as LeafletMap } from 'leaflet';
import { createRef } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MapContainer } from 'react-leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import type { MapOrganisation } from './organisation';
import { OrganisationMarkers } from './organisation-markers';

/** `count` organisations a few metres apart around Heidelberg's old town. */
function crowd(count: number): MapOrganisation[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `a0000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    kind: i % 2 ? 'KMU' : 'ZO',
    name: `Organisation ${i}`,
    description: null,
    street: null,
    postcode: '69117',
    city: 'Heidelberg',
    location: { lat: 49.41 + i * 0.0001, lng: 8.69 },
  }));
}

function renderMarkers(organisations: MapOrganisation[], zoom: number) {
  const map = createRef<LeafletMap>();
  const view = render(
    <I18nextProvider i18n={initI18n({ language: 'de' })}>
      <MapContainer ref={map} center={[49.41, 8.69]} zoom={zoom} maxZoom={18}>
        <OrganisationMarkers organisations={organisations} />
      </MapContainer>
    </I18nextProvider>,
  );
  return { ...view, map };
}

describe('OrganisationMarkers', () => {
  afterEach(cleanup);

  it('spreads a few organisations at one spot so each has its own marker', () => {
    const { container } = renderMarkers(crowd(3), 12);
    expect(container.querySelectorAll('.bs-marker')).toHaveLength(3);
    expect(container.querySelector('.bs-cluster')).toBeNull();
    const offsets = [...container.querySelectorAll<HTMLElement>('.bs-marker')].map(
      (marker) => `${marker.style.marginLeft},${marker.style.marginTop}`,
    );
    expect(new Set(offsets).size).toBe(3);
  });

  it('groups many into one cluster that zooms in when chosen', () => {
    const { container, map } = renderMarkers(crowd(12), 12);

    const cluster = screen.getByRole('button', {
      name: '12 Organisationen nah beieinander – auswählen zum Vergrößern',
    });
    expect(cluster.textContent).toContain('12');
    expect(container.querySelector('.bs-marker')).toBeNull();

    act(() => {
      fireEvent.click(cluster);
    });
    expect(map.current?.getZoom()).toBeGreaterThan(12);
  });

  it('never clusters at the highest zoom', () => {
    const { container } = renderMarkers(crowd(12), 18);
    expect(container.querySelectorAll('.bs-marker')).toHaveLength(12);
    expect(container.querySelector('.bs-cluster')).toBeNull();
  });
});
