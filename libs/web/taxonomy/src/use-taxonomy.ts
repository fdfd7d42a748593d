import { useQuery } from '@apollo/client/react';
import type {
  OrganisationKind,
  ProfileCategory,
  TaxonomyQuery as TaxonomyQueryResult,
} from '@bs/web/data-access';
import { currentLanguage, useTranslation, type Language } from '@bs/web/i18n';
import { useMemo } from 'react';
import { TaxonomyQuery } from './graphql/taxonomy.query';

/** The lists of the taxonomy, named as in the `taxonomy` query. */
export type TaxonomyList =
  'topics' | 'themes' | 'qualityAttributes' | 'qualityCriteria' | 'exitCriteria';

/** Which list names the codes of a profile category. */
export const TAXONOMY_LIST_OF_CATEGORY: Readonly<Record<ProfileCategory, TaxonomyList>> = {
  TOPIC: 'topics',
  THEME: 'themes',
  ATTRIBUTE: 'qualityAttributes',
  REQUIRED_CRITERION: 'qualityCriteria',
  EXIT_CRITERION: 'exitCriteria',
};

export interface TopicInfo {
  readonly code: string;
  readonly label: string;
  readonly description: string;
  /** Binds people's time: offers state capacity, lead time and group size. */
  readonly effortful: boolean;
  /** Kinds that usually offer it (the only kinds that may offer it in a profile). */
  readonly offeredBy: readonly OrganisationKind[];
  /** Kinds that usually seek it. */
  readonly soughtBy: readonly OrganisationKind[];
}

export interface ThemeInfo {
  readonly code: string;
  readonly label: string;
}

export interface QualityAttributeInfo {
  readonly code: string;
  readonly label: string;
  /** The kind that can hold it. */
  readonly heldBy: OrganisationKind;
}

export interface QualityCriterionInfo {
  readonly code: string;
  readonly label: string;
  /** The kind that must meet it (a ZO requires criteria of companies and vice versa). */
  readonly appliesTo: OrganisationKind;
  /** Attributes any one of which meets it. */
  readonly evidence: readonly string[];
}

export interface ExitCriterionInfo {
  readonly code: string;
  readonly label: string;
  /** `REGULAR` or `FOR_CAUSE`. */
  readonly ending: string;
}

/** The taxonomy with its texts in one language, in the order the domain defines. */
export interface LocalizedTaxonomy {
  readonly language: Language;
  readonly topics: readonly TopicInfo[];
  readonly themes: readonly ThemeInfo[];
  readonly qualityAttributes: readonly QualityAttributeInfo[];
  readonly qualityCriteria: readonly QualityCriterionInfo[];
  readonly exitCriteria: readonly ExitCriterionInfo[];
  /** The label of a code; the code itself when the list does not know it. */
  label(list: TaxonomyList, code: string): string;
  /** The label of a profile entry's code (by its category). */
  labelOf(category: ProfileCategory, code: string): string;
  topic(code: string): TopicInfo | undefined;
}

type Data = TaxonomyQueryResult['taxonomy'];

/** Picks one language from the `taxonomy` query's answer. */
export function localizeTaxonomy(data: Data, language: Language): LocalizedTaxonomy {
  const topics = data.topics.map((t) => ({
    code: t.code,
    label: t.label[language],
    description: t.description[language],
    effortful: t.effortful,
    offeredBy: t.offeredBy,
    soughtBy: t.soughtBy,
  }));
  const lists = {
    topics,
    themes: data.themes.map((t) => ({ code: t.code, label: t.label[language] })),
    qualityAttributes: data.qualityAttributes.map((a) => ({
      code: a.code,
      label: a.label[language],
      heldBy: a.heldBy,
    })),
    qualityCriteria: data.qualityCriteria.map((c) => ({
      code: c.code,
      label: c.label[language],
      appliesTo: c.appliesTo,
      evidence: c.evidence,
    })),
    exitCriteria: data.exitCriteria.map((c) => ({
      code: c.code,
      label: c.label[language],
      ending: c.ending,
    })),
  };
  const labels = new Map<string, string>();
  for (const [list, items] of Object.entries(lists)) {
    for (const item of items) labels.set(`${list}:${item.code}`, item.label);
  }
  const byCode = new Map(topics.map((t) => [t.code, t]));
  const label = (list: TaxonomyList, code: string) => labels.get(`${list}:${code}`) ?? code;
  return {
    language,
    ...lists,
    label,
    labelOf: (category, code) => label(TAXONOMY_LIST_OF_CATEGORY[category], code),
    topic: (code) => byCode.get(code),
  };
}

/**
 * The cooperation taxonomy (topics, themes, quality attributes and criteria, exit criteria)
 * with its texts in the current language: the one way the web gets taxonomy labels. The
 * `taxonomy` query is asked once and then answered from the cache; a change of language
 * needs no new request. `taxonomy` is undefined until it has arrived.
 */
export function useTaxonomy() {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { data, loading, error } = useQuery(TaxonomyQuery, { fetchPolicy: 'cache-first' });
  const source = data?.taxonomy;
  const taxonomy = useMemo(
    () => (source ? localizeTaxonomy(source, language) : undefined),
    [source, language],
  );
  return { taxonomy, loading: loading && !source, error };
}
