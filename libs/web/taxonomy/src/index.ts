export {
  localizeTaxonomy,
  TAXONOMY_LIST_OF_CATEGORY,
  useTaxonomy,
  type ExitCriterionInfo,
  type LocalizedTaxonomy,
  type QualityAttributeInfo,
  type QualityCriterionInfo,
  type TaxonomyList,
  type ThemeInfo,
  type TopicInfo,
} from './use-taxonomy';
