import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseMapUrlState, withMapUrlState, type MapUrlState } from './map-url-state';

export type MapStateUpdate = (state: MapUrlState) => MapUrlState;

/**
 * Filters, selection, list mode and region outlines, kept in the URL's search parameters next
 * to the view. Changes push a history entry (the back button undoes a filter or closes a
 * card) unless `replace` is asked for.
 */
export function useMapUrlState(): [
  MapUrlState,
  (update: MapStateUpdate, options?: { replace?: boolean }) => void,
] {
  const [searchParams, setSearchParams] = useSearchParams();
  const key = searchParams.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- parsed again only when the text changes
  const state = useMemo(() => parseMapUrlState(searchParams), [key]);
  const update = useCallback(
    (change: MapStateUpdate, { replace = false }: { replace?: boolean } = {}) => {
      setSearchParams((current) => withMapUrlState(current, change(parseMapUrlState(current))), {
        replace,
      });
    },
    [setSearchParams],
  );
  return [state, update];
}
