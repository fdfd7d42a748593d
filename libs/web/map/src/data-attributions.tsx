import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { attributionHtml } from './attribution-html';

export interface DataAttribution {
  text: string;
  url: string;
}

/** Adds the licences of the offline geodata to the map's attribution control. */
export function DataAttributions({ attributions }: { attributions: readonly DataAttribution[] }) {
  const map = useMap();
  useEffect(() => {
    const control = map.attributionControl;
    const entries = attributions.map(({ text, url }) => attributionHtml(text, url));
    for (const entry of entries) control.addAttribution(entry);
    return () => {
      for (const entry of entries) control.removeAttribution(entry);
    };
  }, [map, attributions]);
  return null;
}
