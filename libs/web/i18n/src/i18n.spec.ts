import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n, LANGUAGE_STORAGE_KEY } from './i18n';
import { isTranslationKey } from './translation-key';

function browserLanguages(languages: string[]) {
  vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(languages);
  vi.spyOn(window.navigator, 'language', 'get').mockReturnValue(languages[0] ?? '');
}

describe('initI18n', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('speaks German when the browser asks for an unsupported language', () => {
    browserLanguages(['fr-FR', 'fr']);
    const i18n = initI18n();
    expect(i18n.resolvedLanguage).toBe('de');
    expect(i18n.t('nav.map')).toBe('Karte');
    expect(document.documentElement.lang).toBe('de');
  });

  it('follows the browser when it prefers English (any region)', () => {
    browserLanguages(['en-GB', 'de']);
    const i18n = initI18n();
    expect(i18n.resolvedLanguage).toBe('en');
    expect(i18n.t('map.kind.KMU')).toBe('Small or medium-sized enterprise');
    expect(document.documentElement.lang).toBe('en');
  });

  it('prefers the language stored in localStorage over the browser', () => {
    browserLanguages(['en-US']);
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');
    expect(initI18n().resolvedLanguage).toBe('de');
  });

  it('remembers a switch and updates <html lang>', async () => {
    browserLanguages(['de-DE']);
    const i18n = initI18n();
    await i18n.changeLanguage('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(i18n.t('map.status.count', { count: 1 })).toBe('1 organisation in view');
    expect(i18n.t('map.status.count', { count: 3 })).toBe('3 organisations in view');
  });
});

describe('isTranslationKey', () => {
  it('accepts keys of texts and rejects anything else', () => {
    expect(isTranslationKey('bounds.inverted')).toBe(true);
    expect(isTranslationKey('bounds')).toBe(false);
    expect(isTranslationKey('bounds.unknown')).toBe(false);
    expect(isTranslationKey('constructor')).toBe(false);
  });
});
