import { THEMES, TOPICS } from '@bs/domain';
import { useTranslation } from '@bs/web/i18n';
import { useMemo } from 'react';

/**
 * Names of topics and themes in the current language, from the taxonomy in `@bs/domain`.
 * (Once the API's `taxonomy` query is available this hook is the one place to switch.)
 */
export function useTaxonomyLabels() {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  return useMemo(() => {
    const topics = new Map<string, string>(TOPICS.map((t) => [t.code, t.label[language]]));
    const themes = new Map<string, string>(THEMES.map((t) => [t.code, t.label[language]]));
    return {
      language,
      topics: TOPICS.map((t) => ({ code: t.code, label: t.label[language] })),
      themes: THEMES.map((t) => ({ code: t.code, label: t.label[language] })),
      topic: (code: string) => topics.get(code) ?? code,
      theme: (code: string) => themes.get(code) ?? code,
    };
  }, [language]);
}
