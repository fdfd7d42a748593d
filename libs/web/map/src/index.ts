export { OrganisationMap } from './organisation-map';
export { MAP_VIEW_PARAMS, type MapView } from './map-view';
export { PANES } from './panes';
export { SmallMap, type SmallMapProps } from './small-map';
export { KindMarker, type KindMarkerProps } from './kind-marker';
export { KindSymbol } from './kind-symbol';
