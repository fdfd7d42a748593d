import { useMutation } from '@apollo/client/react';
import { formProblem } from '@bs/web/data-access';
import { currentLanguage, isLanguage, useTranslation } from '@bs/web/i18n';
import { paths, safeNext, useViewer } from '@bs/web/session';
import {
  ErrorSummary,
  Notice,
  PageTitle,
  SelectField,
  TextField,
  useErrorSummaryItems,
  useFormErrors,
  zodFieldErrors,
} from '@bs/web/ui';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { SignUpMutation } from './graphql/account.mutations';
import { PasswordField } from './password-field';
import { passwordProblem } from './password-policy';
import { rememberNext } from './pending-next';

type SignUpField = 'email' | 'displayName' | 'password' | 'locale';

const FIELD_IDS: Record<SignUpField, string> = {
  email: 'sign-up-email',
  displayName: 'sign-up-name',
  password: 'sign-up-password',
  locale: 'sign-up-locale',
};

const fieldOf = (field: string): SignUpField | undefined =>
  field in FIELD_IDS ? (field as SignUpField) : undefined;

/** The same rules as the API's SignUpInput; the password also against the email. */
export const signUpSchema = z
  .object({
    email: z
      .string()
      .trim()
      .max(320, { error: 'accounts.emailInvalid' })
      .pipe(z.email({ error: 'accounts.emailInvalid' })),
    displayName: z
      .string()
      .trim()
      .min(1, { error: 'accounts.displayNameLength' })
      .max(100, { error: 'accounts.displayNameLength' }),
    password: z.string(),
    locale: z.enum(['de', 'en'], { error: 'accounts.localeInvalid' }),
  })
  .superRefine((values, context) => {
    const problem = passwordProblem(values.password, values.email);
    if (problem) context.addIssue({ code: 'custom', path: ['password'], message: problem });
  });

/** `/account/sign-up`: create an account; a verification mail follows. */
export function SignUpPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNext(searchParams.get('next'));
  const { viewer } = useViewer();
  const [values, setValues] = useState({
    email: '',
    displayName: '',
    password: '',
    locale: currentLanguage(i18n),
  });
  const { errors, showFieldErrors, showProblem, clearField } = useFormErrors(fieldOf);
  const summary = useErrorSummaryItems(errors, FIELD_IDS);
  const [signUp, { loading }] = useMutation(SignUpMutation);

  const set =
    <K extends keyof typeof values>(key: K) =>
    (value: (typeof values)[K]) => {
      setValues((previous) => ({ ...previous, [key]: value }));
      clearField(key);
    };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = signUpSchema.safeParse(values);
    if (!parsed.success) {
      showFieldErrors(zodFieldErrors(parsed.error));
      return;
    }
    try {
      await signUp({ variables: { input: parsed.data } });
    } catch (error) {
      showProblem(formProblem(error as Error));
      return;
    }
    rememberNext(next);
    await navigate(paths.checkMail(), { state: { email: parsed.data.email, next } });
  };

  return (
    <div className="bs-page">
      <PageTitle page={t('signUp.title')} />
      <h1>{t('signUp.title')}</h1>
      {viewer && (
        <Notice role="status">
          <p>{t('signUp.alreadySignedIn', { name: viewer.displayName })}</p>
          <p>
            <Link to={next ?? paths.account()}>{t('signUp.toAccount')}</Link>
          </p>
        </Notice>
      )}
      <p className="bs-lead">{t('signUp.intro')}</p>
      <ErrorSummary items={summary} focusKey={errors.attempt} />
      <form className="bs-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          id={FIELD_IDS.email}
          label={t('signUp.email')}
          hint={t('signUp.emailHint')}
          type="email"
          autoComplete="email"
          spellCheck={false}
          required
          value={values.email}
          onValueChange={set('email')}
          error={errors.fields.email && t(errors.fields.email)}
        />
        <TextField
          id={FIELD_IDS.displayName}
          label={t('signUp.displayName')}
          hint={t('signUp.displayNameHint')}
          autoComplete="name"
          required
          maxLength={100}
          value={values.displayName}
          onValueChange={set('displayName')}
          error={errors.fields.displayName && t(errors.fields.displayName)}
        />
        <PasswordField
          id={FIELD_IDS.password}
          label={t('signUp.password')}
          autoComplete="new-password"
          email={values.email}
          value={values.password}
          onValueChange={set('password')}
          error={errors.fields.password && t(errors.fields.password)}
        />
        <SelectField
          id={FIELD_IDS.locale}
          label={t('signUp.locale')}
          required
          value={values.locale}
          onValueChange={(value) => {
            if (isLanguage(value)) set('locale')(value);
          }}
          options={[
            { value: 'de', label: t('language.name', { lng: 'de' }) },
            { value: 'en', label: t('language.name', { lng: 'en' }) },
          ]}
          error={errors.fields.locale && t(errors.fields.locale)}
        />
        <div className="bs-form__actions">
          <button type="submit" className="bs-button" disabled={loading}>
            {loading ? t('form.sending') : t('signUp.submit')}
          </button>
        </div>
      </form>
      <p className="bs-account-links">
        {t('signUp.haveAccount')} <Link to={paths.logIn(next)}>{t('signUp.logInLink')}</Link>
      </p>
    </div>
  );
}
