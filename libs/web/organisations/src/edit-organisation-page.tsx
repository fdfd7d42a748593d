import { skipToken, useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { describeApiError, formProblem, isApiError } from '@bs/web/data-access';
import { useTranslation } from '@bs/web/i18n';
import { paths, useMyRole, useViewer } from '@bs/web/session';
import { Notice, PageTitle } from '@bs/web/ui';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { UpdateOrganisationMutation } from './graphql/organisation.mutations';
import { OrganisationContactQuery, OrganisationQuery } from './graphql/organisation.query';
import { OrganisationForm } from './organisation-form';
import {
  fromOrganisation,
  toUpdateInput,
  unsavedChanges,
  type OrganisationFormValues,
} from './organisation-form-values';
import { SignInNotice } from './require-sign-in';

interface Base {
  values: OrganisationFormValues;
  version: number;
}

/**
 * `/organisationen/:id/bearbeiten`: change an organisation (editors, owners). Saving sends
 * the version the form started from; when someone else saved in between, the current state is
 * loaded and the user's unsaved entries stay visible at their fields.
 */
export function EditOrganisationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { viewer } = useViewer();
  const { role, loading: roleLoading } = useMyRole(id);
  const canEdit = role === 'OWNER' || role === 'EDITOR' || viewer?.platformRole === 'ADMIN';

  const organisation = useQuery(OrganisationQuery, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const contact = useQuery(
    OrganisationContactQuery,
    canEdit ? { variables: { organisationId: id }, fetchPolicy: 'network-only' } : skipToken,
  );
  const [update] = useMutation(UpdateOrganisationMutation);

  // After a conflict: the state the form now starts from, and what the user had entered.
  const [rebased, setRebased] = useState<Base | null>(null);
  const [unsaved, setUnsaved] = useState<Partial<OrganisationFormValues> | null>(null);
  const [formKey, setFormKey] = useState(0);

  const loaded = organisation.data?.organisation;
  const base: Base | null =
    rebased ??
    (loaded && contact.data
      ? {
          values: fromOrganisation(loaded, contact.data.organisationContact),
          version: loaded.version,
        }
      : null);

  const reload = async (): Promise<Base> => {
    const [current, currentContact] = await Promise.all([
      client.query({ query: OrganisationQuery, variables: { id }, fetchPolicy: 'network-only' }),
      client.query({
        query: OrganisationContactQuery,
        variables: { organisationId: id },
        fetchPolicy: 'network-only',
      }),
    ]);
    if (!current.data || !currentContact.data) {
      const error = current.error ?? currentContact.error;
      throw error instanceof Error ? error : new Error('The organisation could not be loaded');
    }
    return {
      values: fromOrganisation(current.data.organisation, currentContact.data.organisationContact),
      version: current.data.organisation.version,
    };
  };

  let body;
  if (viewer === null) {
    body = <SignInNotice text="organisationForm.signInRequired" />;
  } else if (organisation.error) {
    body = (
      <Notice tone="error" role="alert">
        <p>{t(describeApiError(organisation.error))}</p>
      </Notice>
    );
  } else if (viewer && loaded && !roleLoading && !canEdit) {
    body = (
      <Notice tone="error" role="alert">
        <p>{t('organisationForm.notAllowed')}</p>
      </Notice>
    );
  } else if (contact.error) {
    body = (
      <Notice tone="error" role="alert">
        <p>{t(describeApiError(contact.error))}</p>
      </Notice>
    );
  } else if (!base || !loaded) {
    body = <p role="status">{t('app.loading')}</p>;
  } else {
    const kind = loaded.kind;
    body = (
      <OrganisationForm
        key={formKey}
        mode="edit"
        initialValues={base.values}
        unsaved={unsaved}
        notice={
          unsaved && (
            <Notice tone="warning" role="alert" title={t('organisationForm.conflictTitle')}>
              <p>{t('organisationForm.conflictText')}</p>
            </Notice>
          )
        }
        cancelTo={paths.organisation(id)}
        onSubmit={async (values) => {
          try {
            await update({ variables: { input: toUpdateInput(values, kind, id, base.version) } });
          } catch (error) {
            if (!isApiError(error, 'CONFLICT', 'organisations.versionConflict')) {
              return formProblem(error as Error);
            }
            try {
              const current = await reload();
              setUnsaved(unsavedChanges(values, base.values, current.values));
              setRebased(current);
              setFormKey((key) => key + 1);
              return null;
            } catch (reloadError) {
              return formProblem(reloadError as Error);
            }
          }
          await navigate(paths.organisation(id), { state: { notice: 'saved' } });
          return null;
        }}
      />
    );
  }

  const name = loaded?.name ?? '';
  const title = name ? t('organisationForm.titleEdit', { name }) : t('organisationPage.loading');
  return (
    <div className="bs-page bs-page--wide">
      <PageTitle page={title} />
      <h1>{title}</h1>
      {body}
    </div>
  );
}
