import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { parseMapUrlState, withMapUrlState, type MapUrlState } from './map-url-state';
import { parseMapView, withMapView, type MapView } from './map-view';

export type MapStateUpdate = (state: MapUrlState) => MapUrlState;

export interface MapUrl {
  /** Centre and zoom from the URL; null: the default view. */
  view: MapView | null;
  /** Writes a moved view (replacing the history entry: panning does not fill Back). */
  setView: (view: MapView) => void;
  /** Filters, selection, list mode and outlines from the URL. */
  state: MapUrlState;
  /** Changes them; pushes a history entry (Back undoes it) unless `replace`. */
  update: (change: MapStateUpdate, options?: { replace?: boolean }) => void;
}

/**
 * Everything of the map that a link keeps, in the URL's search parameters. Updates build on
 * the latest parameters written, not on those of the last render: a moved view and a selection
 * in the same moment (opening the card narrows the map) both survive.
 */
export function useMapUrl(): MapUrl {
  const [searchParams, setSearchParams] = useSearchParams();
  const key = searchParams.toString();
  // The parameters the next update builds on, and the URLs written but not rendered yet.
  const latest = useRef(searchParams);
  const written = useRef<string[]>([]);
  const rendered = useRef(key);
  useLayoutEffect(() => {
    if (rendered.current === key) return;
    rendered.current = key;
    const at = written.current.indexOf(key);
    if (at >= 0) {
      written.current.splice(0, at + 1);
    } else {
      // Changed from outside (Back, an edited link): that is the new base.
      written.current = [];
      latest.current = searchParams;
    }
  }, [key, searchParams]);

  const write = useCallback(
    (change: (params: URLSearchParams) => URLSearchParams, replace: boolean) => {
      const next = change(new URLSearchParams(latest.current));
      latest.current = next;
      written.current.push(next.toString());
      setSearchParams(next, { replace });
    },
    [setSearchParams],
  );
  // Parsed from the text, so again only when the text changes (not on every new params object).
  const view = useMemo(() => parseMapView(new URLSearchParams(key)), [key]);
  const state = useMemo(() => parseMapUrlState(new URLSearchParams(key)), [key]);
  const setView = useCallback(
    (next: MapView) => write((params) => withMapView(params, next), true),
    [write],
  );
  const update = useCallback(
    (change: MapStateUpdate, { replace = false }: { replace?: boolean } = {}) =>
      write((params) => withMapUrlState(params, change(parseMapUrlState(params))), replace),
    [write],
  );
  return { view, setView, state, update };
}
