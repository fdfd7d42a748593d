export {
  ACTING_ORGANISATION_STORAGE_KEY,
  rememberActingOrganisation,
  useActingOrganisation,
} from './acting-organisation';
export { LogOutButton } from './log-out-button';
export { OrganisationSwitcher } from './organisation-switcher';
export { paths, ROUTES, safeNext } from './paths';
export { SessionMenu } from './session-menu';
export { useMyOrganisations, useMyRole, type MyOrganisation } from './use-my-organisations';
export { useViewer, type Viewer } from './use-viewer';
/** For `refetchQueries` after joining, leaving or creating an organisation. */
export { MyOrganisationsDocument as MyOrganisationsQuery } from '@bs/web/data-access';
