export interface RegionsOptions {
  /** Folder with the offline geodata (see ../shared/data/geo/README.md). */
  geoDataDir: string;
  /** Tile URL template for the base map; empty for none. */
  tileUrl: string;
  tileAttribution: string;
}

export const REGIONS_OPTIONS = Symbol('REGIONS_OPTIONS');
