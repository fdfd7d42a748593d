export {
  currentLanguage,
  DEFAULT_LANGUAGE,
  initI18n,
  isLanguage,
  LANGUAGE_STORAGE_KEY,
  SUPPORTED_LANGUAGES,
  type InitI18nOptions,
  type Language,
} from './i18n';
export { LanguageSwitcher } from './language-switcher';
export { isTranslationKey } from './translation-key';
export type { TranslationKey, Translations } from './locales/translations';
// Re-exported so every component using texts also sees the typed keys declared in ./i18n.
export { useTranslation, I18nextProvider } from 'react-i18next';
