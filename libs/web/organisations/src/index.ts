import './organisations.css';

export { CreateOrganisationPage } from './create-organisation-page';
export { EditOrganisationPage } from './edit-organisation-page';
export { InvitationPage } from './invitation-page';
export { MembersPage } from './members-page';
export { OrganisationForm, type OrganisationFormProps } from './organisation-form';
export { OrganisationPage } from './organisation-page';
