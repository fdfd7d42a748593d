import { useTranslation } from '@bs/web/i18n';

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="bs-page-loading" role="status">
      {t('app.loading')}
    </p>
  );
}
