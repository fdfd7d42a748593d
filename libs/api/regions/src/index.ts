export * from './district.entity';
export * from './geodata-entities';
export * from './geodata-import.entity';
export {
  describeGeodataImport,
  ensureGeodata,
  importGeodata,
  type GeodataImportResult,
  type GeodataLog,
} from './geodata-importer';
export {
  GEODATA_FILES,
  readGeodataFiles,
  type DistrictRecord,
  type GeodataSource,
  type PolygonalGeometry,
} from './geodata-files';
export * from './geocoding.errors';
export * from './geocoding.service';
export * from './land.entity';
export * from './models/district.model';
export * from './models/land.model';
export * from './models/postcode-lookup.model';
export * from './postcode.entity';
export {
  choosePostcodeRepresentatives,
  type PostcodeRepresentative,
} from './postcode-representative';
export * from './regions.module';
export type { RegionsOptions } from './regions.options';
