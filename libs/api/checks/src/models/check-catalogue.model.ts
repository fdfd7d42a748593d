import { LocalizedText } from '@bs/api/graphql';
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'A code an example carries: a topic with direction, a theme or a criterion',
})
export class ExampleCode {
  @Field({ description: 'topic, theme, qualityCriterion, exitCriterion or attribute' })
  type!: string;

  @Field()
  code!: string;

  @Field(() => String, { nullable: true, description: 'OFFERS or SEEKS, for topics' })
  direction!: string | null;
}

@ObjectType()
export class CheckExample {
  @Field()
  code!: string;

  @Field(() => LocalizedText)
  text!: LocalizedText;

  @Field(() => [ExampleCode])
  codes!: ExampleCode[];
}

@ObjectType()
export class CheckpointDefinition {
  @Field(() => Int)
  number!: number;

  @Field()
  code!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => LocalizedText, { description: 'The statement of good practice' })
  statement!: LocalizedText;

  @Field(() => LocalizedText)
  whatGoodLooksLike!: LocalizedText;

  @Field(() => LocalizedText)
  whyItMatters!: LocalizedText;

  @Field(() => [CheckExample])
  examples!: CheckExample[];
}

@ObjectType({ description: 'A published, immutable version of a practice check' })
export class CheckCatalogue {
  @Field({ description: 'ZO_KMU (for civil-society organisations) or KMU_ZO (for companies)' })
  template!: string;

  @Field(() => Int)
  version!: number;

  @Field({ description: 'Kind of organisation the check is for (ZO or KMU)' })
  kind!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field()
  publishedAt!: string;

  @Field(() => [CheckpointDefinition])
  checkpoints!: CheckpointDefinition[];
}
