import { useTranslation } from '@bs/web/i18n';

/** The document title of a page: "<page> – Brückenschlag" (React puts it into <head>). */
export function PageTitle({ page }: { page: string }) {
  const { t } = useTranslation();
  return <title>{t('app.pageTitle', { page })}</title>;
}
