import i18next, { type i18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { de } from './locales/de';
import { en } from './locales/en';
import type { Translations } from './locales/translations';

export const SUPPORTED_LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'de';

/** Where the chosen language is remembered in the browser. */
export const LANGUAGE_STORAGE_KEY = 'bs.language';

const resources = {
  de: { translation: de },
  en: { translation: en },
} satisfies Record<Language, { translation: Translations }>;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translations };
  }
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

function reflectLanguageInDocument(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export interface InitI18nOptions {
  /** Use this language instead of detecting one (tests). */
  language?: Language;
}

/**
 * Creates the i18next instance of the app and makes it the one React components use:
 * German by default, English switchable; the language comes from localStorage, then from the
 * browser, then falls back to German, and a choice is remembered in localStorage. The `lang`
 * attribute of `<html>` follows the active language. Resources are bundled, so the instance is
 * ready when this returns. Call it once at start-up (and once per test).
 */
export function initI18n({ language }: InitI18nOptions = {}): i18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', reflectLanguageInDocument);
  void instance
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: SUPPORTED_LANGUAGES,
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      initAsync: false,
      interpolation: { escapeValue: false }, // React escapes
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
        // 'en-GB' → 'en': one English, one German; also what is stored and put into <html lang>.
        convertDetectedLanguage: (detected: string) => detected.split('-')[0] ?? detected,
      },
    });
  return instance;
}

/** The active language, narrowed to one Brückenschlag supports. */
export function currentLanguage(instance: i18n): Language {
  const resolved = instance.resolvedLanguage ?? instance.language;
  return isLanguage(resolved) ? resolved : DEFAULT_LANGUAGE;
}
