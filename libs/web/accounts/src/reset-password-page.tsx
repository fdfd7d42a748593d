import { useApolloClient, useMutation } from '@apollo/client/react';
import { formProblem } from '@bs/web/data-access';
import { useTranslation, type TranslationKey } from '@bs/web/i18n';
import { paths } from '@bs/web/session';
import { ErrorSummary, Notice, PageTitle, useErrorSummaryItems, useFormErrors } from '@bs/web/ui';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ResetPasswordMutation } from './graphql/account.mutations';
import { PasswordField } from './password-field';
import { passwordProblem } from './password-policy';

const FIELD_IDS = { newPassword: 'reset-password' } as const;
const fieldOf = (field: string) => (field === 'newPassword' ? ('newPassword' as const) : undefined);

const TOKEN_PROBLEMS: readonly string[] = ['accounts.tokenExpired', 'accounts.tokenInvalid'];

/** `/account/reset-password?token=…`: sets a new password with the mailed token. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token')?.trim() ?? '';
  const [newPassword, setNewPassword] = useState('');
  const [done, setDone] = useState(false);
  const [tokenProblem, setTokenProblem] = useState<TranslationKey | null>(null);
  const { errors, showFieldErrors, showProblem } = useFormErrors(fieldOf);
  const summary = useErrorSummaryItems(errors, FIELD_IDS);
  const [reset, { loading }] = useMutation(ResetPasswordMutation);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = passwordProblem(newPassword);
    if (problem) {
      showFieldErrors({ newPassword: problem });
      return;
    }
    try {
      await reset({ variables: { token, newPassword } });
    } catch (error) {
      const form = formProblem(error as Error);
      if (TOKEN_PROBLEMS.includes(form.messageKey)) setTokenProblem(form.messageKey);
      else showProblem(form);
      return;
    }
    setDone(true);
    // The API ended every session of this account.
    // A query cut off by the reset rejects it; what matters is that nothing old is kept.
    await client.resetStore().catch(() => undefined);
  };

  const body = !token ? (
    <Notice tone="error" role="alert">
      <p>{t('resetPassword.missing')}</p>
      <p>
        <Link to={paths.forgotPassword()}>{t('resetPassword.requestNew')}</Link>
      </p>
    </Notice>
  ) : done ? (
    <Notice tone="success" role="status">
      <p>{t('resetPassword.success')}</p>
      <p>
        <Link to={paths.logIn()}>{t('resetPassword.logIn')}</Link>
      </p>
    </Notice>
  ) : tokenProblem ? (
    <Notice tone="error" role="alert">
      <p>{t(tokenProblem)}</p>
      <p>
        <Link to={paths.forgotPassword()}>{t('resetPassword.requestNew')}</Link>
      </p>
    </Notice>
  ) : (
    <>
      <p className="bs-lead">{t('resetPassword.intro')}</p>
      <ErrorSummary items={summary} focusKey={errors.attempt} />
      <form className="bs-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <PasswordField
          id={FIELD_IDS.newPassword}
          label={t('resetPassword.newPassword')}
          autoComplete="new-password"
          value={newPassword}
          onValueChange={setNewPassword}
          error={errors.fields.newPassword && t(errors.fields.newPassword)}
        />
        <div className="bs-form__actions">
          <button type="submit" className="bs-button" disabled={loading}>
            {t('resetPassword.submit')}
          </button>
        </div>
      </form>
    </>
  );

  return (
    <div className="bs-page">
      <PageTitle page={t('resetPassword.title')} />
      <h1>{t('resetPassword.title')}</h1>
      {body}
    </div>
  );
}
