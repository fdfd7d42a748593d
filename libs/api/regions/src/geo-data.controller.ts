import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Controller, Get, Header, Inject, NotFoundException } from '@nestjs/common';
import { simplifyOutlines, type FeatureCollection } from './outline-simplifier';
import { REGIONS_OPTIONS, type RegionsOptions } from './regions.options';

/**
 * Region outlines for the map background, read from the offline geodata folder (never copied
 * into the repository) and simplified once per process.
 */
@Controller('geo')
export class GeoDataController {
  private laender?: Promise<string>;
  private kreise?: Promise<string>;

  constructor(@Inject(REGIONS_OPTIONS) private readonly options: RegionsOptions) {}

  @Get('laender.geojson')
  @Header('Content-Type', 'application/geo+json; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=86400')
  async laenderOutlines(): Promise<string> {
    this.laender ??= this.load('laender-vg5000-2021.geojson', ['ARS', 'GEN']);
    try {
      return await this.laender;
    } catch {
      this.laender = undefined;
      throw new NotFoundException('Offline geodata not available; set GEO_DATA_DIR');
    }
  }

  @Get('kreise.geojson')
  @Header('Content-Type', 'application/geo+json; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=86400')
  async kreiseOutlines(): Promise<string> {
    this.kreise ??= this.load('kreise-vg5000-2021.geojson', ['ARS', 'GEN', 'BEZ']);
    try {
      return await this.kreise;
    } catch {
      this.kreise = undefined;
      throw new NotFoundException('Offline geodata not available; set GEO_DATA_DIR');
    }
  }

  private async load(file: string, properties: string[]): Promise<string> {
    const raw = JSON.parse(
      await readFile(join(this.options.geoDataDir, file), 'utf8'),
    ) as FeatureCollection;
    return JSON.stringify(simplifyOutlines(raw, 3, properties));
  }
}
