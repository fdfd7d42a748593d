import type { PathOptions } from 'leaflet';
import { GeoJSON, Pane, type GeoJSONProps } from 'react-leaflet';
import { PANES } from './panes';

/** Land fill: light, so markers and borders stand out. */
const FILL_STYLE: PathOptions = {
  stroke: false,
  fill: true,
  fillColor: '#f6f3ec',
  fillOpacity: 1,
};

/** Borders of the Länder: dark enough to read on the fill and on street tiles. */
const BORDER_STYLE: PathOptions = {
  stroke: true,
  color: '#6e6657',
  weight: 1.25,
  opacity: 0.9,
  fill: false,
};

/** Fill and borders in one layer: the background when there is no tile layer between them. */
const FILLED_BORDER_STYLE: PathOptions = { ...FILL_STYLE, ...BORDER_STYLE, fill: true };

/**
 * The offline background: Germany's Länder from the API's own GeoJSON. The fill lies below any
 * tile layer (visible wherever tiles are missing or unreachable); the borders lie above it.
 * Without tiles one layer does both (half the work before the map's first paint).
 */
export function LaenderLayer({
  outlines,
  tiles = true,
}: {
  outlines: GeoJSONProps['data'];
  /** Whether a tile layer lies between fill and borders. */
  tiles?: boolean;
}) {
  if (!tiles) {
    return (
      <Pane
        name={PANES.laenderBorders.name}
        style={{ zIndex: PANES.laenderBorders.zIndex, pointerEvents: 'none' }}
      >
        <GeoJSON data={outlines} style={FILLED_BORDER_STYLE} interactive={false} />
      </Pane>
    );
  }
  return (
    <>
      <Pane name={PANES.laenderFill.name} style={{ zIndex: PANES.laenderFill.zIndex }}>
        <GeoJSON data={outlines} style={FILL_STYLE} interactive={false} />
      </Pane>
      <Pane
        name={PANES.laenderBorders.name}
        style={{ zIndex: PANES.laenderBorders.zIndex, pointerEvents: 'none' }}
      >
        <GeoJSON data={outlines} style={BORDER_STYLE} interactive={false} />
      </Pane>
    </>
  );
}
