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
  /** Organisation markers: above Leaflet's default marker pane, below tooltips and popups. */
  organisations: { name: 'bs-organisations', zIndex: 620 },
} as const;

export type PaneId = keyof typeof PANES;
