import { useMutation } from '@apollo/client/react';
import { formProblem } from '@bs/web/data-access';
import { useTranslation } from '@bs/web/i18n';
import { paths } from '@bs/web/session';
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
import { Link } from 'react-router';
import { z } from 'zod';
import { RequestPasswordResetMutation } from './graphql/account.mutations';

const FIELD_IDS = { email: 'forgot-email' } as const;
const fieldOf = (field: string) => (field === 'email' ? ('email' as const) : undefined);

const schema = z.object({
  email: z
    .string()
    .trim()
    .pipe(z.email({ error: 'accounts.emailInvalid' })),
});

/** `/account/forgot-password`: mails a reset link (without telling whether the account exists). */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { errors, showFieldErrors, showProblem, clear } = useFormErrors(fieldOf);
  const summary = useErrorSummaryItems(errors, FIELD_IDS);
  const [request, { loading }] = useMutation(RequestPasswordResetMutation);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = schema.safeParse({ email });
    if (!parsed.success) {
      showFieldErrors(zodFieldErrors(parsed.error));
      return;
    }
    try {
      await request({ variables: parsed.data });
    } catch (error) {
      showProblem(formProblem(error as Error));
      return;
    }
    clear();
    setSentTo(parsed.data.email);
  };

  return (
    <div className="bs-page">
      <PageTitle page={t('forgotPassword.title')} />
      <h1>{t('forgotPassword.title')}</h1>
      <p className="bs-lead">{t('forgotPassword.intro')}</p>
      <div role="status">
        {sentTo && (
          <Notice tone="success">
            <p>{t('forgotPassword.sent')}</p>
          </Notice>
        )}
      </div>
      <ErrorSummary items={summary} focusKey={errors.attempt} />
      <form className="bs-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          id={FIELD_IDS.email}
          label={t('forgotPassword.email')}
          type="email"
          autoComplete="email"
          spellCheck={false}
          required
          value={email}
          onValueChange={setEmail}
          error={errors.fields.email && t(errors.fields.email)}
        />
        <div className="bs-form__actions">
          <button type="submit" className="bs-button" disabled={loading}>
            {t('forgotPassword.submit')}
          </button>
          <Link to={paths.logIn()}>{t('forgotPassword.backToLogIn')}</Link>
        </div>
      </form>
    </div>
  );
}
