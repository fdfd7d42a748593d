export { OrganisationMap } from './organisation-map';
export { MAP_VIEW_PARAMS, type MapView } from './map-view';
export { PANES } from './panes';
