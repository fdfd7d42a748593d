import { act, cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { MapView } from './map-view';
import { useMapUrl } from './use-map-url';

const MOVED_TO: MapView = { lat: 49.4875123, lng: 8.4660456, zoom: 14 };
const ORG = 'a0000000-0000-4000-8000-000000000001';

function ShowMapUrl() {
  const { view, setView, state, update } = useMapUrl();
  return (
    <>
      <output>{view ? `${view.lat},${view.lng}@${view.zoom}` : 'default'}</output>
      <p data-testid="state">{`${state.selected ?? '-'}|${state.filter.offers.join()}`}</p>
      <button type="button" onClick={() => setView(MOVED_TO)}>
        move
      </button>
      <button
        type="button"
        onClick={() => {
          // What happens when a card opens: a selection, and the narrower map moves.
          update((s) => ({ ...s, selected: ORG }));
          setView(MOVED_TO);
        }}
      >
        select and move
      </button>
      <button
        type="button"
        onClick={() => update((s) => ({ ...s, filter: { ...s.filter, offers: ['donations'] } }))}
      >
        filter
      </button>
    </>
  );
}

function renderAt(...entries: string[]) {
  const router = createMemoryRouter([{ path: '/', Component: ShowMapUrl }], {
    initialEntries: entries,
    initialIndex: entries.length - 1,
  });
  render(<RouterProvider router={router} />);
  return router;
}

describe('useMapUrl', () => {
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

  it('keeps both of two changes made at once', () => {
    const router = renderAt('/?lat=49.45&lng=8.6&z=10');

    act(() => screen.getByRole('button', { name: 'select and move' }).click());

    expect(router.state.location.search).toBe(`?lat=49.48751&lng=8.46605&z=14&org=${ORG}`);
    expect(screen.getByTestId('state').textContent).toBe(`${ORG}|`);
  });

  it('pushes filter changes (Back undoes them) and follows Back', async () => {
    const router = renderAt('/?lat=49.45&lng=8.6&z=10');

    act(() => screen.getByRole('button', { name: 'filter' }).click());
    expect(router.state.historyAction).toBe('PUSH');
    expect(screen.getByTestId('state').textContent).toBe('-|donations');

    await act(() => router.navigate(-1));
    expect(screen.getByTestId('state').textContent).toBe('-|');
    // The next change builds on the URL Back went to.
    act(() => screen.getByRole('button', { name: 'move' }).click());
    expect(router.state.location.search).toBe('?lat=49.48751&lng=8.46605&z=14');
  });
});
