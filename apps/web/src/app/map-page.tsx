import { useTranslation } from '@bs/web/i18n';
import { OrganisationMap } from '@bs/web/map';

/** `/`: the full-screen map of organisations. Loaded lazily together with Leaflet. */
export default function MapPage() {
  const { t } = useTranslation();
  return (
    <>
      <title>{t('app.pageTitle', { page: t('map.title') })}</title>
      <h1 className="bs-visually-hidden">{t('map.heading')}</h1>
      <OrganisationMap />
    </>
  );
}
