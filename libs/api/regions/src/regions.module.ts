import { Module, type DynamicModule } from '@nestjs/common';
import { GeoDataController } from './geo-data.controller';
import { MapConfigResolver } from './map-config.resolver';
import { REGIONS_OPTIONS, type RegionsOptions } from './regions.options';

@Module({})
export class RegionsModule {
  static register(options: RegionsOptions): DynamicModule {
    return {
      module: RegionsModule,
      controllers: [GeoDataController],
      providers: [{ provide: REGIONS_OPTIONS, useValue: options }, MapConfigResolver],
    };
  }
}
