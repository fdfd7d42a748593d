import { skipToken, useQuery } from '@apollo/client/react';
import { describeApiError, isApiError } from '@bs/web/data-access';
import { useTranslation } from '@bs/web/i18n';
import { paths, useMyRole, useViewer } from '@bs/web/session';
import { Notice, PageTitle } from '@bs/web/ui';
import { Link, useParams } from 'react-router';
import { ConsultantsSection } from './consultants-section';
import { OrganisationMembersQuery } from './graphql/membership.graphql';
import { OrganisationQuery } from './graphql/organisation.query';
import { InvitationsSection } from './invitations-section';
import { MembersSection } from './members-section';
import { SignInNotice } from './require-sign-in';

/**
 * `/organisationen/:id/mitglieder`: members and roles, open invitations and inviting (owners),
 * consultants' access (owners; editors see it).
 */
export function MembersPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const { role, loading: roleLoading } = useMyRole(id);
  const organisation = useQuery(OrganisationQuery, { variables: { id } });
  const members = useQuery(
    OrganisationMembersQuery,
    viewer ? { variables: { organisationId: id } } : skipToken,
  );
  const name = organisation.data?.organisation.name ?? '';
  const admin = viewer?.platformRole === 'ADMIN';
  const canManage = role === 'OWNER' || admin;
  const seesConsultants = canManage || role === 'EDITOR';

  let body;
  if (viewer === null) {
    body = <SignInNotice text="membersPage.signInRequired" />;
  } else if (organisation.error) {
    body = (
      <Notice tone="error" role="alert">
        <p>{t(describeApiError(organisation.error))}</p>
      </Notice>
    );
  } else if (members.error) {
    body = (
      <Notice tone="error" role="alert">
        <p>
          {isApiError(members.error, 'FORBIDDEN')
            ? t('membersPage.notMember')
            : t(describeApiError(members.error))}
        </p>
      </Notice>
    );
  } else if (!viewer || !members.data || !organisation.data || roleLoading) {
    body = <p role="status">{t('app.loading')}</p>;
  } else {
    body = (
      <>
        <MembersSection
          organisationId={id}
          organisationName={name}
          members={members.data.organisationMembers}
          viewerId={viewer.id}
          canManage={canManage}
        />
        {canManage && <InvitationsSection organisationId={id} />}
        {seesConsultants && <ConsultantsSection organisationId={id} canManage={canManage} />}
      </>
    );
  }

  const title = t('membersPage.title', { name });
  return (
    <div className="bs-page bs-page--wide">
      <PageTitle page={title} />
      {name && (
        <p className="bs-back-link">
          <Link to={paths.organisation(id)}>{t('membersPage.back', { name })}</Link>
        </p>
      )}
      <h1>{title}</h1>
      {body}
    </div>
  );
}
