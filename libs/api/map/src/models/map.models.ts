import { GeoPoint } from '@bs/api/geo';
import { OrganisationKindEnum } from '@bs/api/organisations';
import type { OrganisationKind } from '@bs/domain';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Numbers of organisations per kind' })
export class MapKindCounts {
  @Field(() => Int)
  zo!: number;

  @Field(() => Int)
  kmu!: number;

  @Field(() => Int)
  intermediary!: number;
}

@ObjectType({ description: 'A bounding box in WGS84 degrees' })
export class MapBounds {
  @Field(() => Float)
  south!: number;

  @Field(() => Float)
  west!: number;

  @Field(() => Float)
  north!: number;

  @Field(() => Float)
  east!: number;
}

@ObjectType({ description: 'Several organisations close together at this zoom' })
export class MapCluster {
  @Field(() => ID, { description: 'Stable for the same viewport, zoom and filter' })
  id!: string;

  @Field(() => GeoPoint, { description: 'Centre of mass of its organisations' })
  location!: GeoPoint;

  @Field(() => Int)
  count!: number;

  @Field(() => MapKindCounts)
  counts!: MapKindCounts;

  @Field(() => MapBounds, { description: 'Zooming to these bounds splits the cluster' })
  bounds!: MapBounds;
}

@ObjectType({ description: 'One organisation on the map (public fields)' })
export class MapOrganisation {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganisationKindEnum)
  kind!: OrganisationKind;

  @Field()
  name!: string;

  @Field()
  postcode!: string;

  @Field()
  city!: string;

  @Field(() => GeoPoint)
  location!: GeoPoint;
}

@ObjectType({ description: 'What the map shows of a viewport: clusters and single organisations' })
export class MapFeatures {
  @Field(() => Int, { description: 'Organisations in the viewport that pass the filter' })
  total!: number;

  @Field(() => MapKindCounts, {
    description: 'Per kind, passing every filter except the kinds (how many each kind would add)',
  })
  totals!: MapKindCounts;

  @Field(() => [MapCluster])
  clusters!: MapCluster[];

  @Field(() => [MapOrganisation])
  organisations!: MapOrganisation[];
}

@ObjectType({ description: 'An organisation in a list, with its distance' })
export class MapListEntry {
  @Field(() => MapOrganisation)
  organisation!: MapOrganisation;

  @Field(() => Float, { description: 'From the viewport centre (or the search point), in km' })
  distanceKm!: number;
}

@ObjectType({ description: 'A page of the organisations of a viewport, nearest first' })
export class MapOrganisationPage {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  offset!: number;

  @Field(() => [MapListEntry])
  entries!: MapListEntry[];
}

@ObjectType({ description: 'A place or postcode to move the map to (offline data)' })
export class MapPlace {
  @Field({ description: 'The postcode, or the lowest of the place' })
  postcode!: string;

  @Field()
  name!: string;

  @Field(() => GeoPoint)
  location!: GeoPoint;

  @Field(() => String, { nullable: true })
  districtName!: string | null;
}

@ObjectType({ description: 'Suggestions for what someone typed into the map search' })
export class MapSearchResult {
  @Field(() => [MapPlace])
  places!: MapPlace[];

  @Field(() => [MapListEntry], { description: 'Organisations by name, nearest first' })
  organisations!: MapListEntry[];
}
