import { skipToken, useQuery } from '@apollo/client/react';
import { CHECKPOINT_3_ANSWER } from '@bs/domain';
import type { ProfileCheckCatalogueQuery as CatalogueResult } from '@bs/web/data-access';
import { currentLanguage, useTranslation } from '@bs/web/i18n';
import { useTaxonomy } from '@bs/web/taxonomy';
import { useCallback, useEffect, useRef } from 'react';
import { ProfileCheckCatalogueQuery, ProfilePageQuery } from './graphql/profile.graphql';

export type Catalogue = CatalogueResult['checkCatalogue'];

/**
 * Everything a profile page shows: the organisation, its profile (fetched again on every
 * visit, so a check completed a moment ago shows at once), the taxonomy's labels and the
 * texts of the check version the profile came from.
 */
export function useProfilePage(organisationId: string) {
  const query = useQuery(ProfilePageQuery, {
    variables: { organisationId },
    fetchPolicy: 'cache-and-network',
  });
  const { taxonomy, error: taxonomyError } = useTaxonomy();
  const derivation = query.data?.profile.derivation;
  const catalogue = useQuery(
    ProfileCheckCatalogueQuery,
    derivation
      ? { variables: { template: derivation.template, version: derivation.version } }
      : skipToken,
  );
  return {
    organisation: query.data?.organisation,
    profile: query.data?.profile,
    taxonomy,
    catalogue: catalogue.data?.checkCatalogue,
    error: query.error ?? taxonomyError,
    refetch: query.refetch,
  };
}

/** Dates and the texts of the API (`{ de en }`) in the current language. */
export function useLocalized() {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return {
    language,
    pick: (text: { de: string; en: string }) => text[language],
    date: (value: unknown) => formatDate(value, language),
  };
}

export function formatDate(value: unknown, language: 'de' | 'en'): string {
  if (typeof value !== 'string' || value === '') return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'long',
  }).format(date);
}

/** A check example by code: its checkpoint and text; `checkpoint-3` for criteria picked there. */
export function findExample(catalogue: Catalogue | undefined, code: string) {
  if (code === CHECKPOINT_3_ANSWER) return { kind: 'checkpoint3' as const };
  for (const checkpoint of catalogue?.checkpoints ?? []) {
    const example = checkpoint.examples.find((e) => e.code === code);
    if (example) return { kind: 'example' as const, number: checkpoint.number, text: example.text };
  }
  return { kind: 'unknown' as const };
}

/**
 * Moves the focus after a change re-rendered the page: `focusLater(selector)` focuses the
 * first element matching it as soon as a render has put it there (e.g. the "show again"
 * button of an entry that was just hidden).
 */
export function useFocusLater() {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!pending.current) return;
    const element = document.querySelector<HTMLElement>(pending.current);
    if (element) {
      element.focus();
      pending.current = null;
    }
  });
  return useCallback((selector: string) => {
    pending.current = selector;
  }, []);
}
