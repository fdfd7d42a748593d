import { Field, ObjectType } from '@nestjs/graphql';

/** A text in both product languages (German first); clients pick by locale. */
@ObjectType({ description: 'A text in both product languages' })
export class LocalizedText {
  @Field()
  de!: string;

  @Field()
  en!: string;
}
