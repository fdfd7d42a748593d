import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A German Land (federal state)' })
export class Land {
  @Field({ description: 'Two-digit key (ARS), e.g. "08"' })
  key!: string;

  @Field()
  name!: string;
}
