import { useTranslation } from '@bs/web/i18n';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="bs-page">
      <title>{t('app.pageTitle', { page: t('notFound.title') })}</title>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.backToMap')}</Link>
      </p>
    </div>
  );
}
