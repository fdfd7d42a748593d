import { useMutation } from '@apollo/client/react';
import { formProblem } from '@bs/web/data-access';
import { useTranslation } from '@bs/web/i18n';
import {
  MyOrganisationsQuery,
  paths,
  rememberActingOrganisation,
  useViewer,
} from '@bs/web/session';
import { PageTitle } from '@bs/web/ui';
import { useNavigate } from 'react-router';
import { CreateOrganisationMutation } from './graphql/organisation.mutations';
import { OrganisationForm } from './organisation-form';
import { EMPTY_ORGANISATION, toCreateInput } from './organisation-form-values';
import { SignInNotice } from './require-sign-in';

/** `/organisationen/neu`: create an organisation; its creator becomes the owner. */
export function CreateOrganisationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const [create] = useMutation(CreateOrganisationMutation, {
    refetchQueries: [MyOrganisationsQuery],
    awaitRefetchQueries: true,
  });

  return (
    <div className="bs-page bs-page--wide">
      <PageTitle page={t('organisationForm.titleNew')} />
      <h1>{t('organisationForm.titleNew')}</h1>
      {viewer === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : viewer === null ? (
        <SignInNotice text="organisationForm.signInRequired" />
      ) : (
        <>
          <p className="bs-lead">{t('organisationForm.introNew')}</p>
          <OrganisationForm
            mode="create"
            initialValues={EMPTY_ORGANISATION}
            cancelTo={paths.account()}
            onSubmit={async (values, kind) => {
              try {
                const { data } = await create({
                  variables: { input: toCreateInput(values, kind) },
                });
                const id = data?.createOrganisation.id;
                if (!id)
                  return {
                    messageKey: 'errors.unknown',
                    fields: [],
                    code: undefined,
                    extensions: {},
                  };
                rememberActingOrganisation(id);
                await navigate(paths.organisation(id), { state: { notice: 'created' } });
                return null;
              } catch (error) {
                return formProblem(error as Error);
              }
            }}
          />
        </>
      )}
    </div>
  );
}
