import { LanguageSwitcher, useTranslation } from '@bs/web/i18n';
import { Link, NavLink, Outlet } from 'react-router';

/** Skip link, slim header (name, navigation, language) and the page below it. */
export function Layout() {
  const { t } = useTranslation();
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
          </ul>
        </nav>
        <LanguageSwitcher />
      </header>
      <main id="main" className="bs-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
