export { FIRST_PAINT_MARK, OrganisationMap, type OrganisationMapProps } from './organisation-map';
export { MAP_VIEW_PARAMS, type MapView } from './map-view';
export {
  MAP_STATE_PARAMS,
  parseMapUrlState,
  type MapFilter,
  type MapUrlState,
} from './map-url-state';
export { PANES } from './panes';
export type { HighlightMarker, Highlights } from './highlight-markers';
export { SmallMap, type SmallMapProps } from './small-map';
export { KindMarker, type KindMarkerProps } from './kind-marker';
export { KindSymbol } from './kind-symbol';
