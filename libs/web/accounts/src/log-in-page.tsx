import { useApolloClient, useMutation } from '@apollo/client/react';
import { formProblem } from '@bs/web/data-access';
import { isLanguage, useTranslation } from '@bs/web/i18n';
import { paths, safeNext, useViewer } from '@bs/web/session';
import {
  ErrorSummary,
  Notice,
  PageTitle,
  TextField,
  useErrorSummaryItems,
  useFormErrors,
  zodFieldErrors,
} from '@bs/web/ui';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { LogInMutation } from './graphql/account.mutations';
import { PasswordField } from './password-field';
import { pendingNext, rememberNext } from './pending-next';

type LogInField = 'email' | 'password';

const FIELD_IDS: Record<LogInField, string> = {
  email: 'log-in-email',
  password: 'log-in-password',
};

const fieldOf = (field: string): LogInField | undefined =>
  field in FIELD_IDS ? (field as LogInField) : undefined;

const logInSchema = z.object({
  email: z
    .string()
    .trim()
    .pipe(z.email({ error: 'accounts.emailInvalid' })),
  password: z.string().min(1, { error: 'accounts.passwordRequired' }),
});

/**
 * `/account/log-in?next=…`: signs in (the API sets the session cookie), switches to the
 * account's language and goes on to `next`.
 */
export function LogInPage() {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNext(searchParams.get('next'));
  const { viewer } = useViewer();
  const [values, setValues] = useState({ email: '', password: '' });
  const { errors, showFieldErrors, showProblem } = useFormErrors(fieldOf);
  const summary = useErrorSummaryItems(errors, FIELD_IDS);
  const [logIn, { loading }] = useMutation(LogInMutation);
  const [finishing, setFinishing] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = logInSchema.safeParse(values);
    if (!parsed.success) {
      showFieldErrors(zodFieldErrors(parsed.error));
      return;
    }
    let locale: string | undefined;
    try {
      const { data } = await logIn({ variables: { input: parsed.data } });
      locale = data?.logIn.locale;
    } catch (error) {
      showProblem(formProblem(error as Error));
      return;
    }
    setFinishing(true);
    const target = next ?? pendingNext() ?? paths.home();
    rememberNext(null);
    if (isLanguage(locale)) await i18n.changeLanguage(locale);
    // Everything loaded so far was for nobody: load it again for the signed-in user.
    // A query cut off by the reset rejects it; what matters is that nothing old is kept.
    await client.resetStore().catch(() => undefined);
    await navigate(target);
  };

  return (
    <div className="bs-page">
      <PageTitle page={t('logIn.title')} />
      <h1>{t('logIn.title')}</h1>
      {viewer && !finishing && (
        <Notice role="status">
          <p>{t('logIn.alreadySignedIn', { name: viewer.displayName })}</p>
          <p>
            <Link to={next ?? paths.account()}>{t('logIn.continue')}</Link>
          </p>
        </Notice>
      )}
      <ErrorSummary items={summary} focusKey={errors.attempt} />
      <form className="bs-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          id={FIELD_IDS.email}
          label={t('logIn.email')}
          type="email"
          autoComplete="username"
          spellCheck={false}
          required
          value={values.email}
          onValueChange={(email) => setValues((v) => ({ ...v, email }))}
          error={errors.fields.email && t(errors.fields.email)}
        />
        <PasswordField
          id={FIELD_IDS.password}
          label={t('logIn.password')}
          autoComplete="current-password"
          value={values.password}
          onValueChange={(password) => setValues((v) => ({ ...v, password }))}
          error={errors.fields.password && t(errors.fields.password)}
        />
        <div className="bs-form__actions">
          <button type="submit" className="bs-button" disabled={loading || finishing}>
            {t('logIn.submit')}
          </button>
          <Link to={paths.forgotPassword()}>{t('logIn.forgot')}</Link>
        </div>
      </form>
      <p className="bs-account-links">
        {t('logIn.noAccount')} <Link to={paths.signUp(next)}>{t('logIn.signUpLink')}</Link>
      </p>
    </div>
  );
}
