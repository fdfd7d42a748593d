import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import {
  Controller,
  Get,
  Header,
  Inject,
  NotFoundException,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { simplifyOutlines, type FeatureCollection } from './outline-simplifier';
import { REGIONS_OPTIONS, type RegionsOptions } from './regions.options';

const gzipAsync = promisify(gzip);
const GEOJSON_TYPE = 'application/geo+json; charset=utf-8';

interface Outlines {
  json: Buffer;
  gzipped: Buffer;
}

/**
 * Region outlines for the map, read from the offline geodata folder (never copied into the
 * repository), simplified and compressed once per process. Clients that accept gzip (every
 * browser) get a quarter of the bytes.
 */
@Controller('geo')
export class GeoDataController {
  private readonly outlines = new Map<string, Promise<Outlines>>();

  constructor(@Inject(REGIONS_OPTIONS) private readonly options: RegionsOptions) {}

  @Get('laender.geojson')
  @Header('Content-Type', 'application/geo+json; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=86400')
  @Header('Vary', 'Accept-Encoding')
  laenderOutlines(@Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return this.send('laender-vg5000-2021.geojson', ['ARS', 'GEN'], request, response);
  }

  @Get('kreise.geojson')
  @Header('Content-Type', 'application/geo+json; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=86400')
  @Header('Vary', 'Accept-Encoding')
  kreiseOutlines(@Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return this.send('kreise-vg5000-2021.geojson', ['ARS', 'GEN', 'BEZ'], request, response);
  }

  private async send(
    file: string,
    properties: string[],
    request: Request,
    response: Response,
  ): Promise<StreamableFile> {
    let outlines = this.outlines.get(file);
    if (!outlines) {
      outlines = this.load(file, properties);
      this.outlines.set(file, outlines);
    }
    let loaded: Outlines;
    try {
      loaded = await outlines;
    } catch {
      this.outlines.delete(file);
      throw new NotFoundException('Offline geodata not available; set GEO_DATA_DIR');
    }
    const gzipped = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    if (gzipped) response.setHeader('Content-Encoding', 'gzip');
    const body = gzipped ? loaded.gzipped : loaded.json;
    return new StreamableFile(body, { type: GEOJSON_TYPE, length: body.length });
  }

  private async load(file: string, properties: string[]): Promise<Outlines> {
    const raw = JSON.parse(
      await readFile(join(this.options.geoDataDir, file), 'utf8'),
    ) as FeatureCollection;
    const json = Buffer.from(JSON.stringify(simplifyOutlines(raw, 3, properties)));
    return { json, gzipped: await gzipAsync(json, { level: 9 }) };
  }
}
