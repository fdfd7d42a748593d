import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { MapConfig } from './models/map-config.model';
import { REGIONS_OPTIONS, type RegionsOptions } from './regions.options';

/** Attributions required by the licences of the offline geodata (see its README). */
const DATA_ATTRIBUTIONS = [
  { text: '© GeoBasis-DE / BKG 2021 (Daten verändert)', url: 'https://www.bkg.bund.de' },
  { text: 'Postleitzahlen: GeoNames (geonames.org), CC BY 4.0', url: 'https://www.geonames.org' },
];

@Resolver(() => MapConfig)
export class MapConfigResolver {
  constructor(@Inject(REGIONS_OPTIONS) private readonly options: RegionsOptions) {}

  @Query(() => MapConfig, { description: 'Base map configuration (public)' })
  mapConfig(): MapConfig {
    return {
      tileUrl: this.options.tileUrl || null,
      tileAttribution: this.options.tileUrl ? this.options.tileAttribution : null,
      laenderOutlineUrl: '/geo/laender.geojson',
      districtOutlineUrl: '/geo/kreise.geojson',
      dataAttributions: DATA_ATTRIBUTIONS,
    };
  }
}
