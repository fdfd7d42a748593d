import type { Layer, LeafletMouseEvent, Path, PathOptions } from 'leaflet';
import { GeoJSON, Pane } from 'react-leaflet';
import { PANES } from './panes';
import type { GeoJsonData } from './use-geojson';

const DISTRICT_STYLE: PathOptions = {
  stroke: true,
  color: '#5b6770',
  weight: 0.8,
  opacity: 0.8,
  dashArray: '3 3',
  fill: true,
  fillColor: '#1d2a33',
  fillOpacity: 0,
};

const HOVER_STYLE: PathOptions = {
  color: '#1d2a33',
  weight: 2.5,
  opacity: 1,
  dashArray: '',
  fillOpacity: 0.06,
};

interface DistrictProperties {
  GEN?: string;
  BEZ?: string;
}

/**
 * District outlines over the map (Länder borders are always drawn): thin dashed lines; the
 * district under the pointer is outlined and named in a tooltip.
 */
export function RegionsLayer({ districts }: { districts: GeoJsonData }) {
  return (
    <Pane name={PANES.districts.name} style={{ zIndex: PANES.districts.zIndex }}>
      <GeoJSON
        data={districts}
        style={DISTRICT_STYLE}
        onEachFeature={(feature, layer: Layer) => {
          const { GEN = '', BEZ = '' } = (feature.properties ?? {}) as DistrictProperties;
          layer.bindTooltip(BEZ ? `${GEN} (${BEZ})` : GEN, {
            sticky: true,
            direction: 'top',
            className: 'bs-district-tooltip',
          });
          layer.on({
            mouseover: ({ target }: LeafletMouseEvent) => {
              (target as Path).setStyle(HOVER_STYLE);
              (target as Path).bringToFront();
            },
            mouseout: ({ target }: LeafletMouseEvent) => (target as Path).setStyle(DISTRICT_STYLE),
          });
        }}
      />
    </Pane>
  );
}
