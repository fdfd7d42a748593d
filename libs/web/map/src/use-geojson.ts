import { useEffect, useState } from 'react';
import type { GeoJSONProps } from 'react-leaflet';

export type GeoJsonData = GeoJSONProps['data'];

export type GeoJsonState =
  { status: 'idle' | 'loading' } | { status: 'loaded'; data: GeoJsonData } | { status: 'failed' };

function isGeoJson(value: unknown): value is GeoJsonData {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    (value.type === 'FeatureCollection' || value.type === 'Feature')
  );
}

type Outcome = { status: 'loaded'; data: GeoJsonData } | { status: 'failed' };

/** Loads a GeoJSON document (e.g. the Länder outlines); `url` null means "not yet known". */
export function useGeoJson(url: string | null | undefined): GeoJsonState {
  const [outcome, setOutcome] = useState<{ url: string; outcome: Outcome }>();

  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    // No extra headers: the request must match the page's `<link rel="preload">` of the outlines.
    fetch(url, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
        const body: unknown = await response.json();
        if (!isGeoJson(body)) throw new Error(`GET ${url}: not GeoJSON`);
        setOutcome({ url, outcome: { status: 'loaded', data: body } });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        console.error(error);
        setOutcome({ url, outcome: { status: 'failed' } });
      });
    return () => controller.abort();
  }, [url]);

  if (!url) return { status: 'idle' };
  return outcome?.url === url ? outcome.outcome : { status: 'loading' };
}
