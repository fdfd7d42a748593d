import { useTranslation } from '@bs/web/i18n';
import { paths, safeNext } from '@bs/web/session';
import { PageTitle } from '@bs/web/ui';
import { Link, useLocation } from 'react-router';

function stateOf(state: unknown): { email: string | null; next: string | null } {
  if (typeof state !== 'object' || state === null) return { email: null, next: null };
  const { email, next } = state as Record<string, unknown>;
  return {
    email: typeof email === 'string' ? email : null,
    next: typeof next === 'string' ? safeNext(next) : null,
  };
}

/** `/account/check-mail`: after signing up, the mailed link confirms the address. */
export function CheckMailPage() {
  const { t } = useTranslation();
  const { email, next } = stateOf(useLocation().state);
  return (
    <div className="bs-page">
      <PageTitle page={t('checkMail.title')} />
      <h1>{t('checkMail.title')}</h1>
      <p className="bs-lead">
        {email ? t('checkMail.text', { email }) : t('checkMail.textWithoutEmail')}
      </p>
      <p>{t('checkMail.spam')}</p>
      <p>
        <Link to={paths.logIn(next)} className="bs-button">
          {t('checkMail.logIn')}
        </Link>
      </p>
    </div>
  );
}
