import { useTranslation } from '@bs/web/i18n';
import { useId } from 'react';
import { Link } from 'react-router';
import { useActingOrganisation } from './acting-organisation';
import { paths } from './paths';

/**
 * "Acting for …": the organisation the signed-in user works for at the moment, chosen from
 * their organisations and remembered in the browser. Without any organisation, an invitation
 * to create one. Beside it, the way to the acting organisation's practice check.
 */
export function OrganisationSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  const { acting, organisations, loading, setActing } = useActingOrganisation();

  if (loading) return null;
  if (!acting) {
    return (
      <Link to={paths.newOrganisation()} className="bs-session__cta">
        {t('header.createOrganisation')}
      </Link>
    );
  }
  return (
    <div className="bs-session__switcher">
      <label htmlFor={id} className="bs-session__switcher-label">
        {t('header.actingFor')}
      </label>
      <select
        id={id}
        className="bs-session__select"
        value={acting.organisation.id}
        onChange={(event) => setActing(event.target.value)}
      >
        {organisations.map(({ organisation }) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </select>
      {acting.organisation.kind !== 'INTERMEDIARY' && (
        <Link to={paths.checks(acting.organisation.id)} className="bs-session__link">
          {t('header.practiceCheck')}
        </Link>
      )}
    </div>
  );
}
