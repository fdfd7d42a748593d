import { act, cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { MapView } from './map-view';
import { useMapViewUrl } from './use-map-view-url';

const MOVED_TO: MapView = { lat: 49.4875123, lng: 8.4660456, zoom: 14 };

function ShowView() {
  const [view, setView] = useMapViewUrl();
  return (
    <>
      <output>{view ? `${view.lat},${view.lng}@${view.zoom}` : 'default'}</output>
      <button type="button" onClick={() => setView(MOVED_TO)}>
        move
      </button>
    </>
  );
}

function renderAt(...entries: string[]) {
  const router = createMemoryRouter([{ path: '/', Component: ShowView }], {
    initialEntries: entries,
    initialIndex: entries.length - 1,
  });
  render(<RouterProvider router={router} />);
  return router;
}

describe('useMapViewUrl', () => {
  afterEach(cleanup);

  it('restores the view of a shared link', () => {
    renderAt('/?lat=49.45&lng=8.6&z=10');
    expect(screen.getByRole('status').textContent).toBe('49.45,8.6@10');
  });

  it('falls back to the default view without (valid) parameters', () => {
    renderAt('/?lat=49.45');
    expect(screen.getByRole('status').textContent).toBe('default');
  });

  it('writes a moved view into the URL without adding history entries', () => {
    const router = renderAt('/elsewhere', '/?lat=49.45&lng=8.6&z=10&kind=ZO');

    act(() => screen.getByRole('button', { name: 'move' }).click());

    expect(router.state.location.search).toBe('?lat=49.48751&lng=8.46605&z=14&kind=ZO');
    expect(screen.getByRole('status').textContent).toBe('49.48751,8.46605@14');
    expect(router.state.historyAction).toBe('REPLACE');
  });
});
