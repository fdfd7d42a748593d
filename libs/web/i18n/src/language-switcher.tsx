import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, isLanguage, SUPPORTED_LANGUAGES } from './i18n';
import './language-switcher.css';

/**
 * A labelled select of the supported languages. Each language is named in itself
 * ("Deutsch", "English"), so people find their own language whatever is active.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();

  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const language = event.target.value;
    if (isLanguage(language)) void i18n.changeLanguage(language);
  };

  return (
    <div className="bs-language-switcher">
      <label htmlFor={id} className="bs-language-switcher__label">
        {t('language.label')}
      </label>
      <select
        id={id}
        className="bs-language-switcher__select"
        value={currentLanguage(i18n)}
        onChange={onChange}
      >
        {SUPPORTED_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t('language.name', { lng: language })}
          </option>
        ))}
      </select>
    </div>
  );
}
