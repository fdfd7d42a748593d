import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A data source shown on the map, with its licence' })
export class DataAttribution {
  @Field({ description: 'Attribution text, as the licence requires it' })
  text!: string;

  @Field({ description: 'Link to the source or licence' })
  url!: string;
}

@ObjectType({ description: 'How the web map is set up on this installation' })
export class MapConfig {
  @Field(() => String, {
    nullable: true,
    description: 'Tile URL template ({z}/{x}/{y}); null when no tile server is configured',
  })
  tileUrl!: string | null;

  @Field(() => String, { nullable: true })
  tileAttribution!: string | null;

  @Field({ description: 'URL of the offline Länder outlines (GeoJSON)' })
  laenderOutlineUrl!: string;

  @Field({
    description: 'URL of the offline district outlines (GeoJSON, properties ARS, GEN, BEZ)',
  })
  districtOutlineUrl!: string;

  @Field(() => [DataAttribution])
  dataAttributions!: DataAttribution[];
}
