/**
 * Sizes of the map's markers in CSS pixels. The API lays clusters out so that markers of
 * these sizes do not overlap; the web draws them at these sizes.
 */
export const ORGANISATION_MARKER_PX = 28;

/** Diameter of a cluster marker: larger numbers need more room. */
export function clusterMarkerPx(count: number): number {
  if (count < 10) return 32;
  if (count < 100) return 36;
  if (count < 1_000) return 40;
  if (count < 10_000) return 46;
  return 52;
}

/** Diameter of the marker the map draws for `count` organisations (1: a single one). */
export function markerPx(count: number): number {
  return count === 1 ? ORGANISATION_MARKER_PX : clusterMarkerPx(count);
}
