import { EXIT_CRITERIA, QUALITY_ATTRIBUTES, QUALITY_CRITERIA, THEMES, TOPICS } from '@bs/domain';

/**
 * For component tests only (`@bs/web/taxonomy/testing`): the `taxonomy` query's answer as the
 * API builds it from the domain's tables. The app itself reads the taxonomy from the API.
 */
const text = (label: { de: string; en: string }) => ({
  __typename: 'LocalizedText',
  de: label.de,
  en: label.en,
});

export const TAXONOMY = {
  __typename: 'Taxonomy',
  topics: TOPICS.map((t) => ({
    __typename: 'TopicDefinition',
    code: t.code,
    label: text(t.label),
    description: text(t.description),
    offeredBy: [...t.offeredBy],
    soughtBy: [...t.soughtBy],
    effortful: t.effortful,
  })),
  themes: THEMES.map((t) => ({
    __typename: 'ThemeDefinition',
    code: t.code,
    label: text(t.label),
  })),
  qualityAttributes: QUALITY_ATTRIBUTES.map((a) => ({
    __typename: 'QualityAttributeDefinition',
    code: a.code,
    label: text(a.label),
    heldBy: a.heldBy,
  })),
  qualityCriteria: QUALITY_CRITERIA.map((c) => ({
    __typename: 'QualityCriterionDefinition',
    code: c.code,
    label: text(c.label),
    appliesTo: c.appliesTo,
    evidence: [...c.evidence],
  })),
  exitCriteria: EXIT_CRITERIA.map((c) => ({
    __typename: 'ExitCriterionDefinition',
    code: c.code,
    label: text(c.label),
    ending: c.ending,
  })),
};

/** The whole GraphQL answer to the `Taxonomy` operation. */
export const TAXONOMY_ANSWER = { data: { taxonomy: TAXONOMY } };
