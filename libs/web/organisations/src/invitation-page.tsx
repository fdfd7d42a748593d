import { useMutation } from '@apollo/client/react';
import { apiProblem, describeApiError } from '@bs/web/data-access';
import { useTranslation, type TranslationKey } from '@bs/web/i18n';
import {
  LogOutButton,
  MyOrganisationsQuery,
  paths,
  rememberActingOrganisation,
  useViewer,
} from '@bs/web/session';
import { Notice, PageTitle } from '@bs/web/ui';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AcceptInvitationMutation } from './graphql/membership.graphql';

const INVITATION_PROBLEMS: readonly string[] = [
  'invitations.expired',
  'invitations.used',
  'invitations.wrongAccount',
  'invitations.invalid',
];

/**
 * `/invitation?token=…` (the link in the invitation mail). Anonymous visitors log in or sign
 * up first and come back here with the token; signed-in users join at once and go to the
 * organisation.
 */
export function InvitationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token')?.trim() ?? '';
  const { viewer } = useViewer();
  const [accept] = useMutation(AcceptInvitationMutation, {
    refetchQueries: [MyOrganisationsQuery],
    awaitRefetchQueries: true,
  });
  const [problem, setProblem] = useState<TranslationKey | null>(null);
  const started = useRef<string | null>(null);
  const here = paths.invitation(token);

  useEffect(() => {
    // An invitation is used up by accepting it: never send it twice (React's double effects).
    if (!token || !viewer || started.current === token) return;
    started.current = token;
    accept({ variables: { token } })
      .then(async ({ data }) => {
        const joined = data?.acceptInvitation;
        if (!joined) return;
        rememberActingOrganisation(joined.organisation.id);
        await navigate(paths.organisation(joined.organisation.id), {
          replace: true,
          state: { joined: { name: joined.organisation.name, role: joined.role } },
        });
      })
      .catch((error: Error) => {
        const found = apiProblem(error);
        const key = found.kind === 'api' ? found.messageKey : undefined;
        setProblem(
          key && INVITATION_PROBLEMS.includes(key)
            ? (key as TranslationKey)
            : describeApiError(error),
        );
      });
  }, [token, viewer, accept, navigate]);

  let body;
  if (!token) {
    body = (
      <Notice tone="error" role="alert">
        <p>{t('invitationPage.missing')}</p>
      </Notice>
    );
  } else if (viewer === undefined) {
    body = <p role="status">{t('app.loading')}</p>;
  } else if (viewer === null) {
    body = (
      <>
        <p className="bs-lead">{t('invitationPage.signInFirst')}</p>
        <p className="bs-form__actions">
          <Link to={paths.logIn(here)} className="bs-button">
            {t('invitationPage.logIn')}
          </Link>
          <Link to={paths.signUp(here)} className="bs-button bs-button--secondary">
            {t('invitationPage.signUp')}
          </Link>
        </p>
      </>
    );
  } else if (problem) {
    body = (
      <Notice tone="error" role="alert">
        <p>{t(problem)}</p>
        {problem === 'invitations.wrongAccount' ? (
          <>
            <p>{t('invitationPage.wrongAccountHint', { email: viewer.email })}</p>
            <p>
              <LogOutButton className="bs-button bs-button--secondary" next={paths.logIn(here)} />
            </p>
          </>
        ) : (
          <p>{t('invitationPage.askAgain')}</p>
        )}
      </Notice>
    );
  } else {
    body = <p role="status">{t('invitationPage.accepting')}</p>;
  }

  return (
    <div className="bs-page">
      <PageTitle page={t('invitationPage.title')} />
      <h1>{t('invitationPage.title')}</h1>
      {body}
    </div>
  );
}
