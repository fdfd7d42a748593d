import { EXIT_CRITERIA, QUALITY_ATTRIBUTES, QUALITY_CRITERIA, THEMES, TOPICS } from '@bs/domain';
import { Query, Resolver } from '@nestjs/graphql';
import { Taxonomy } from './models/taxonomy.model';

const text = (label: { de: string; en: string }) => ({ de: label.de, en: label.en });

/** The taxonomy as the domain defines it: the one source of codes and labels for clients. */
export function toTaxonomyModel(): Taxonomy {
  return {
    topics: TOPICS.map((t) => ({
      code: t.code,
      label: text(t.label),
      description: text(t.description),
      offeredBy: [...t.offeredBy],
      soughtBy: [...t.soughtBy],
      effortful: t.effortful,
    })),
    themes: THEMES.map((t) => ({ code: t.code, label: text(t.label) })),
    qualityAttributes: QUALITY_ATTRIBUTES.map((a) => ({
      code: a.code,
      label: text(a.label),
      heldBy: a.heldBy,
    })),
    qualityCriteria: QUALITY_CRITERIA.map((c) => ({
      code: c.code,
      label: text(c.label),
      appliesTo: c.appliesTo,
      evidence: [...c.evidence],
    })),
    exitCriteria: EXIT_CRITERIA.map((c) => ({
      code: c.code,
      label: text(c.label),
      ending: c.ending,
    })),
  };
}

const taxonomy = toTaxonomyModel();

@Resolver()
export class TaxonomyResolver {
  @Query(() => Taxonomy, {
    description: 'Cooperation topics, themes, quality attributes and criteria, exit criteria',
  })
  taxonomy(): Taxonomy {
    return taxonomy;
  }
}
