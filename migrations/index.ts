// Every migration, in order. `nx run api:migration-generate --name=X` appends new ones here.
import { EnablePostgis1795345500000 } from './1795345500000-EnablePostgis';
import { CreateOrganisation1795345600000 } from './1795345600000-CreateOrganisation';

export const migrations = [EnablePostgis1795345500000, CreateOrganisation1795345600000];
