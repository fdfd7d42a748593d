import { DistrictEntity } from './district.entity';
import { GeodataImportEntity } from './geodata-import.entity';
import { LandEntity } from './land.entity';
import { PostcodeEntity } from './postcode.entity';

/** The offline geodata tables, for the application's data source. */
export const geodataEntities = [LandEntity, DistrictEntity, PostcodeEntity, GeodataImportEntity];
