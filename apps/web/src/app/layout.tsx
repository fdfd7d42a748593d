import { LanguageSwitcher, useTranslation } from '@bs/web/i18n';
import { paths, SessionMenu, useActingOrganisation } from '@bs/web/session';
import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';

/**
 * After a navigation the new page starts at its top, and keyboard and screen reader users
 * continue in its content (as after a full page load), not on the link they followed.
 */
function useStartPageOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById('main');
    if (!main) return;
    main.scrollTop = 0;
    if (!main.contains(document.activeElement) || document.activeElement === document.body) {
      main.focus({ preventScroll: true });
    }
  }, [pathname]);
}

/** Skip link, slim header (name, navigation, account, language) and the page below it. */
export function Layout() {
  const { t } = useTranslation();
  const { acting } = useActingOrganisation();
  useStartPageOnNavigation();
  return (
    <div className="bs-shell">
      <a className="bs-skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="bs-header">
        <Link to="/" className="bs-header__brand">
          {t('app.name')}
        </Link>
        <nav className="bs-header__nav" aria-label={t('nav.label')}>
          <ul className="bs-header__nav-list">
            <li>
              <NavLink to="/" end className="bs-header__nav-link">
                {t('nav.map')}
              </NavLink>
            </li>
            {acting && (
              <li>
                <NavLink
                  to={paths.organisation(acting.organisation.id)}
                  className="bs-header__nav-link"
                >
                  {t('nav.myOrganisation')}
                </NavLink>
              </li>
            )}
          </ul>
        </nav>
        <div className="bs-header__end">
          <SessionMenu />
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" className="bs-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
