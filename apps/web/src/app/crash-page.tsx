import { useTranslation } from '@bs/web/i18n';
import { useEffect } from 'react';
import { useRouteError } from 'react-router';

/** Shown instead of the whole layout when rendering failed unexpectedly. */
export function CrashPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="bs-page" id="main">
      <title>{t('app.pageTitle', { page: t('crash.title') })}</title>
      <h1>{t('crash.title')}</h1>
      <p>{t('crash.text')}</p>
      <p>
        <button type="button" className="bs-button" onClick={() => window.location.reload()}>
          {t('crash.reload')}
        </button>
      </p>
    </main>
  );
}
