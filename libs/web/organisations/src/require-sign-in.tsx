import { useTranslation, type TranslationKey } from '@bs/web/i18n';
import { paths } from '@bs/web/session';
import { Notice } from '@bs/web/ui';
import { Link, useLocation } from 'react-router';

/** Asks anonymous visitors to log in, coming back to this page afterwards. */
export function SignInNotice({ text }: { text: TranslationKey }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <Notice>
      <p>{t(text)}</p>
      <p>
        <Link to={paths.logIn(`${location.pathname}${location.search}`)} className="bs-button">
          {t('header.logIn')}
        </Link>
      </p>
    </Notice>
  );
}
