/**
 * Map panes of Brückenschlag, bottom to top, with their z-indexes. Leaflet's own panes for
 * comparison: tiles 200, overlays (vector layers) 400, shadows 500, markers 600, tooltips 650,
 * popups 700; controls sit at 800–1000.
 */
export const PANES = {
  /** Land fill of the Länder outlines: below the tiles, so it shows wherever no tile loads. */
  laenderFill: { name: 'bs-laender-fill', zIndex: 150 },
  /** Borders of the Länder: above the tiles, below everything the user interacts with. */
  laenderBorders: { name: 'bs-laender-borders', zIndex: 350 },
  /** District outlines (optional layer): hoverable, so above the Länder borders. */
  districts: { name: 'bs-districts', zIndex: 360 },
  /** The radius of a search around a place. */
  radius: { name: 'bs-radius', zIndex: 380 },
  /** Clusters and organisation markers: above Leaflet's default marker pane. */
  organisations: { name: 'bs-organisations', zIndex: 620 },
  /**
   * Marked organisations (e.g. the matches of the organisation one acts for): rings above the
   * markers, so a cluster never hides them; below Leaflet's tooltips.
   */
  highlights: { name: 'bs-highlights', zIndex: 630 },
} as const;

export type PaneId = keyof typeof PANES;
