import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseMapView, withMapView, type MapView } from './map-view';

/**
 * The map view kept in the URL's search parameters. Writing replaces the history entry, so
 * panning does not fill the back button; sharing or reloading the URL restores the view.
 */
export function useMapViewUrl(): [MapView | null, (view: MapView) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => parseMapView(searchParams), [searchParams]);
  const setView = useCallback(
    (next: MapView) => {
      setSearchParams((current) => withMapView(current, next), { replace: true });
    },
    [setSearchParams],
  );
  return [view, setView];
}
