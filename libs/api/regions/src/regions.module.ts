import { Module, type DynamicModule } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GeoDataController } from './geo-data.controller';
import { GeodataRepository } from './geodata.repository';
import { GeocodingResolver } from './geocoding.resolver';
import { GeocodingService } from './geocoding.service';
import { MapConfigResolver } from './map-config.resolver';
import { REGIONS_OPTIONS, type RegionsOptions } from './regions.options';

/**
 * Region outlines, map configuration and offline geocoding. Registered once with its
 * configuration in the app module; global, so other contexts inject `GeocodingService`.
 */
@Module({})
export class RegionsModule {
  static register(options: RegionsOptions): DynamicModule {
    return {
      module: RegionsModule,
      global: true,
      controllers: [GeoDataController],
      providers: [
        { provide: REGIONS_OPTIONS, useValue: options },
        {
          provide: GeodataRepository,
          useFactory: (dataSource: DataSource) => GeodataRepository.forDataSource(dataSource),
          inject: [DataSource],
        },
        GeocodingService,
        GeocodingResolver,
        MapConfigResolver,
      ],
      exports: [GeocodingService],
    };
  }
}
