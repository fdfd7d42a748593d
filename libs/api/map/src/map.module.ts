import { Module } from '@nestjs/common';
import { MapIndexService } from './map-index.service';
import { MapRepository } from './map.repository';
import { MapResolver } from './map.resolver';
import { MapService } from './map.service';

/**
 * The map at national scale: an in-memory index of every organisation (loaded after start,
 * following changes), aggregated per viewport; PostgreSQL for names and text.
 */
@Module({
  providers: [MapRepository, MapIndexService, MapService, MapResolver],
  exports: [MapIndexService],
})
export class MapModule {}
