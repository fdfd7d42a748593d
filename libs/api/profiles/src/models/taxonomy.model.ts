import { LocalizedText } from '@bs/api/graphql';
import { OrganisationKindEnum } from '@bs/api/organisations';
import type { PartnerKind } from '@bs/domain';
import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A cooperation topic: an exchange one side offers and the other seeks' })
export class TopicDefinition {
  @Field()
  code!: string;

  @Field(() => LocalizedText)
  label!: LocalizedText;

  @Field(() => LocalizedText)
  description!: LocalizedText;

  @Field(() => [OrganisationKindEnum], { description: 'Kinds that usually offer it' })
  offeredBy!: PartnerKind[];

  @Field(() => [OrganisationKindEnum], { description: 'Kinds that usually seek it' })
  soughtBy!: PartnerKind[];

  @Field({ description: 'Binds people’s time: offers state capacity, lead time, group size' })
  effortful!: boolean;
}

@ObjectType({ description: 'A field of activity (Themenfeld)' })
export class ThemeDefinition {
  @Field()
  code!: string;

  @Field(() => LocalizedText)
  label!: LocalizedText;
}

@ObjectType({ description: 'Something an organisation holds as evidence of quality' })
export class QualityAttributeDefinition {
  @Field()
  code!: string;

  @Field(() => LocalizedText)
  label!: LocalizedText;

  @Field(() => OrganisationKindEnum, { description: 'The kind that can hold it' })
  heldBy!: PartnerKind;
}

@ObjectType({ description: 'What one side can require of its partners (checkpoint 3)' })
export class QualityCriterionDefinition {
  @Field()
  code!: string;

  @Field(() => LocalizedText)
  label!: LocalizedText;

  @Field(() => OrganisationKindEnum, { description: 'The kind that must meet it' })
  appliesTo!: PartnerKind;

  @Field(() => [String], { description: 'Attributes any one of which meets it' })
  evidence!: string[];
}

@ObjectType({ description: 'A reason that ends a cooperation' })
export class ExitCriterionDefinition {
  @Field()
  code!: string;

  @Field(() => LocalizedText)
  label!: LocalizedText;

  @Field({ description: 'REGULAR or FOR_CAUSE' })
  ending!: string;
}

@ObjectType({ description: 'The cooperation taxonomy, in German and English (public)' })
export class Taxonomy {
  @Field(() => [TopicDefinition])
  topics!: TopicDefinition[];

  @Field(() => [ThemeDefinition])
  themes!: ThemeDefinition[];

  @Field(() => [QualityAttributeDefinition])
  qualityAttributes!: QualityAttributeDefinition[];

  @Field(() => [QualityCriterionDefinition])
  qualityCriteria!: QualityCriterionDefinition[];

  @Field(() => [ExitCriterionDefinition])
  exitCriteria!: ExitCriterionDefinition[];
}
