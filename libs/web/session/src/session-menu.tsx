import { useTranslation } from '@bs/web/i18n';
import { Link, useLocation } from 'react-router';
import { LogOutButton } from './log-out-button';
import { OrganisationSwitcher } from './organisation-switcher';
import { paths, ROUTES } from './paths';
import './session.css';
import { useViewer } from './use-viewer';

/**
 * The header's account area. Anonymous: log in and sign up (coming back to this page
 * afterwards). Signed in: the organisation switcher, the account and log-out.
 */
export function SessionMenu() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const location = useLocation();

  if (viewer === undefined) return <div className="bs-session" />;

  if (viewer === null) {
    const here = `${location.pathname}${location.search}`;
    const next = location.pathname.startsWith(ROUTES.account) ? null : here;
    return (
      <div className="bs-session">
        <Link to={paths.logIn(next === '/' ? null : next)} className="bs-session__link">
          {t('header.logIn')}
        </Link>
        <Link to={paths.signUp(next === '/' ? null : next)} className="bs-session__cta">
          {t('header.signUp')}
        </Link>
      </div>
    );
  }

  return (
    <div className="bs-session">
      <OrganisationSwitcher />
      <Link to={paths.account()} className="bs-session__link bs-session__account">
        <span className="bs-session__account-name">
          <span className="bs-visually-hidden">{t('header.accountOf')} </span>
          {viewer.displayName}
        </span>
        <span className="bs-session__account-short">{t('header.account')}</span>
      </Link>
      <LogOutButton className="bs-session__button" />
    </div>
  );
}
