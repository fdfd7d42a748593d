import { useMutation } from '@apollo/client/react';
import { apiProblem, describeApiError } from '@bs/web/data-access';
import { useTranslation, type TranslationKey } from '@bs/web/i18n';
import { paths, useViewer } from '@bs/web/session';
import { Notice, PageTitle } from '@bs/web/ui';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ResendVerificationMutation, VerifyEmailMutation } from './graphql/account.mutations';
import { pendingNext } from './pending-next';

type Outcome =
  | { state: 'verifying' }
  | { state: 'verified' }
  | { state: 'expired' }
  | { state: 'invalid' }
  | { state: 'failed'; why: TranslationKey };

/** `/account/verify-email?token=…`: confirms the address on load, once per token. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token')?.trim() ?? '';
  const { viewer, refetch } = useViewer();
  const [verify] = useMutation(VerifyEmailMutation);
  const [outcome, setOutcome] = useState<Outcome>({ state: 'verifying' });
  const started = useRef<string | null>(null);

  useEffect(() => {
    // A token works once: React's development double effects must not spend it twice.
    if (!token || started.current === token) return;
    started.current = token;
    verify({ variables: { token } })
      .then(() => {
        setOutcome({ state: 'verified' });
        void refetch().catch(() => undefined);
      })
      .catch((error: Error) => {
        const problem = apiProblem(error);
        const key = problem.kind === 'api' ? problem.messageKey : undefined;
        if (key === 'accounts.tokenExpired') setOutcome({ state: 'expired' });
        else if (key === 'accounts.tokenInvalid') setOutcome({ state: 'invalid' });
        else setOutcome({ state: 'failed', why: describeApiError(error) });
      });
  }, [token, verify, refetch]);

  return (
    <div className="bs-page">
      <PageTitle page={t('verifyEmail.title')} />
      <h1>{t('verifyEmail.title')}</h1>
      {!token ? (
        <Notice tone="error" role="alert">
          <p>{t('verifyEmail.missing')}</p>
        </Notice>
      ) : outcome.state === 'verifying' ? (
        <p role="status">{t('verifyEmail.verifying')}</p>
      ) : outcome.state === 'verified' ? (
        <Notice tone="success" role="status">
          <p>{t('verifyEmail.success')}</p>
          <p>
            {viewer ? (
              <Link to={pendingNext() ?? paths.account()}>{t('verifyEmail.continue')}</Link>
            ) : (
              <Link to={paths.logIn(pendingNext())}>{t('verifyEmail.logIn')}</Link>
            )}
          </p>
        </Notice>
      ) : (
        <>
          <Notice tone="error" role="alert">
            <p>
              {outcome.state === 'expired'
                ? t('verifyEmail.expired')
                : outcome.state === 'invalid'
                  ? t('verifyEmail.invalid')
                  : t(outcome.why)}
            </p>
          </Notice>
          {viewer && !viewer.emailVerified ? (
            <ResendVerification />
          ) : viewer ? (
            <p>{t('verifyEmail.alreadyVerified')}</p>
          ) : (
            <p>
              <Link to={paths.logIn(paths.account())}>{t('verifyEmail.signInToResend')}</Link>
            </p>
          )}
        </>
      )}
    </div>
  );
}

/** Mails a new verification link to the signed-in user. */
export function ResendVerification({ label = 'verifyEmail.resend' }: { label?: TranslationKey }) {
  const { t } = useTranslation();
  const [resend, { loading, called, error }] = useMutation(ResendVerificationMutation);
  const done = called && !loading && !error;
  return (
    <div>
      <button
        type="button"
        className="bs-button bs-button--secondary"
        disabled={loading}
        onClick={() => void resend().catch(() => undefined)}
      >
        {t(label)}
      </button>
      <div role="status">{done && <p>{t('verifyEmail.resent')}</p>}</div>
      {error && (
        <p className="bs-field__error" role="alert">
          {t(describeApiError(error))}
        </p>
      )}
    </div>
  );
}
