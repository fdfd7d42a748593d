// Every migration, in order. `nx run api:migration-generate --name=X` appends new ones here.
import { EnablePostgis1795345500000 } from './1795345500000-EnablePostgis';
import { CreateOrganisation1795345600000 } from './1795345600000-CreateOrganisation';
import { CreateGeodata1795350000000 } from './1795350000000-CreateGeodata';
import { CreateAccounts1795351000000 } from './1795351000000-CreateAccounts';
import { OrganisationDetailsAndAccess1795352000000 } from './1795352000000-OrganisationDetailsAndAccess';
import { CreateAssessments1795353000000 } from './1795353000000-CreateAssessments';
import { CreateProfilesAndMatchIndex1795354000000 } from './1795354000000-CreateProfilesAndMatchIndex';
import { CreateMatchExclusion1795355100000 } from './1795355100000-CreateMatchExclusion';
import { CreateMapIndex1795356000000 } from './1795356000000-CreateMapIndex';
import { MapPointLabelsAndClustering1795356100000 } from './1795356100000-MapPointLabelsAndClustering';
import { MapBulkLoads1795356200000 } from './1795356200000-MapBulkLoads';
import { MatchTopicPlanarPosition1795357000000 } from './1795357000000-MatchTopicPlanarPosition';
import { MatchTopicCandidateSide1795358000000 } from './1795358000000-MatchTopicCandidateSide';
import { IndexUserReferences1795359000000 } from './1795359000000-IndexUserReferences';
import { MapWordIndex1795360000000 } from './1795360000000-MapWordIndex';

export const migrations = [
  EnablePostgis1795345500000,
  CreateOrganisation1795345600000,
  CreateGeodata1795350000000,
  CreateAccounts1795351000000,
  OrganisationDetailsAndAccess1795352000000,
  CreateAssessments1795353000000,
  CreateProfilesAndMatchIndex1795354000000,
  CreateMatchExclusion1795355100000,
  CreateMapIndex1795356000000,
  MapPointLabelsAndClustering1795356100000,
  MapBulkLoads1795356200000,
  MatchTopicPlanarPosition1795357000000,
  MatchTopicCandidateSide1795358000000,
  IndexUserReferences1795359000000,
  MapWordIndex1795360000000,
];
