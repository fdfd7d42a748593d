import { useTaxonomy } from '@bs/web/taxonomy';
import { useMemo } from 'react';

/**
 * Names of topics and themes in the current language, from the `taxonomy` query
 * (`useTaxonomy`, cached). Until it has arrived, codes stand for themselves and the filter
 * lists are empty.
 */
export function useTaxonomyLabels() {
  const { taxonomy } = useTaxonomy();
  return useMemo(
    () => ({
      topics: taxonomy?.topics ?? [],
      themes: taxonomy?.themes ?? [],
      topic: (code: string) => taxonomy?.label('topics', code) ?? code,
      theme: (code: string) => taxonomy?.label('themes', code) ?? code,
    }),
    [taxonomy],
  );
}
