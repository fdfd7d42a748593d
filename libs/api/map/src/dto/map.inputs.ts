import { BoundsInput, GeoPointInput } from '@bs/api/geo';
import { OrganisationKindEnum } from '@bs/api/organisations';
import {
  MAX_MASK_BITS,
  ORGANISATION_KINDS,
  QUALITY_ATTRIBUTES,
  THEMES,
  TOPICS,
  type OrganisationKind,
} from '@bs/domain';
import { ArgsType, Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

/** Zoom levels the map API answers for (the web map uses 5–18). */
export const MIN_MAP_ZOOM = 0;
export const MAX_MAP_ZOOM = 20;
export const MAX_TEXT_LENGTH = 100;
export const MAX_RADIUS_KM = 200;
export const MAX_LIST_OFFSET = 1_000;
export const MAX_LIST_LIMIT = 50;

const TOPIC_CODES = TOPICS.map((t) => t.code);
const THEME_CODES = THEMES.map((t) => t.code);
const ATTRIBUTE_CODES = QUALITY_ATTRIBUTES.map((a) => a.code);

@InputType({ description: 'The visible part of the map: its bounds and zoom level' })
export class MapViewportInput {
  @Field(() => BoundsInput)
  @ValidateNested()
  @Type(() => BoundsInput)
  bounds!: BoundsInput;

  @Field(() => Int, { description: `Web Mercator zoom level (${MIN_MAP_ZOOM}–${MAX_MAP_ZOOM})` })
  @IsInt({ message: 'map.errors.zoom' })
  @Min(MIN_MAP_ZOOM, { message: 'map.errors.zoom' })
  @Max(MAX_MAP_ZOOM, { message: 'map.errors.zoom' })
  zoom!: number;
}

@InputType({ description: 'Only organisations within a distance of a point' })
export class MapNearInput {
  @Field(() => GeoPointInput)
  @ValidateNested()
  @Type(() => GeoPointInput)
  location!: GeoPointInput;

  @Field(() => Float, { description: `Radius in kilometres (1–${MAX_RADIUS_KM})` })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'map.errors.radius' })
  @Min(1, { message: 'map.errors.radius' })
  @Max(MAX_RADIUS_KM, { message: 'map.errors.radius' })
  radiusKm!: number;
}

@InputType({
  description:
    'Which organisations the map shows. Empty fields do not filter. Topics and themes match ' +
    'when an organisation has any of the codes, attributes when it has all of them. Profile ' +
    'fields only match where the viewer may see them.',
})
export class MapFilterInput {
  @Field(() => [OrganisationKindEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ORGANISATION_KINDS.length, { message: 'map.errors.tooManyCodes' })
  @IsIn(ORGANISATION_KINDS, { each: true, message: 'map.errors.unknownKind' })
  kinds?: OrganisationKind[];

  @Field(() => [String], { nullable: true, description: 'Offers any of these topic codes' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_MASK_BITS, { message: 'map.errors.tooManyCodes' })
  @IsIn(TOPIC_CODES, { each: true, message: 'map.errors.unknownTopic' })
  offers?: string[];

  @Field(() => [String], { nullable: true, description: 'Seeks any of these topic codes' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_MASK_BITS, { message: 'map.errors.tooManyCodes' })
  @IsIn(TOPIC_CODES, { each: true, message: 'map.errors.unknownTopic' })
  seeks?: string[];

  @Field(() => [String], { nullable: true, description: 'Works on any of these theme codes' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_MASK_BITS, { message: 'map.errors.tooManyCodes' })
  @IsIn(THEME_CODES, { each: true, message: 'map.errors.unknownTheme' })
  themes?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Has all of these quality attribute codes',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_MASK_BITS, { message: 'map.errors.tooManyCodes' })
  @IsIn(ATTRIBUTE_CODES, { each: true, message: 'map.errors.unknownAttribute' })
  attributes?: string[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only attributes confirmed by an intermediary count (and at least one)',
  })
  @IsOptional()
  @IsBoolean()
  verifiedOnly?: boolean;

  @Field(() => String, { nullable: true, description: 'Five-digit district key, e.g. "08222"' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{5}$/, { message: 'map.errors.districtKey' })
  districtKey?: string;

  @Field(() => String, {
    nullable: true,
    description: `Words in name or description (German stemming, word prefixes; at most ${MAX_TEXT_LENGTH} characters)`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TEXT_LENGTH, { message: 'map.errors.textTooLong' })
  text?: string;

  @Field(() => MapNearInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MapNearInput)
  near?: MapNearInput;
}

@ArgsType()
export class MapFeaturesArgs {
  @Field(() => MapViewportInput)
  @ValidateNested()
  @Type(() => MapViewportInput)
  viewport!: MapViewportInput;

  @Field(() => MapFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MapFilterInput)
  filter?: MapFilterInput;
}

@ArgsType()
export class MapOrganisationListArgs extends MapFeaturesArgs {
  @Field(() => Int, { defaultValue: 0, description: `Skip this many (0–${MAX_LIST_OFFSET})` })
  @IsInt({ message: 'map.errors.offset' })
  @Min(0, { message: 'map.errors.offset' })
  @Max(MAX_LIST_OFFSET, { message: 'map.errors.offset' })
  offset = 0;

  @Field(() => Int, { defaultValue: 20, description: `At most this many (1–${MAX_LIST_LIMIT})` })
  @IsInt({ message: 'map.errors.limit' })
  @Min(1, { message: 'map.errors.limit' })
  @Max(MAX_LIST_LIMIT, { message: 'map.errors.limit' })
  limit = 20;
}

@InputType({ description: 'What someone typed into the map search' })
export class MapSearchInput {
  @Field({ description: `Postcode, place or organisation name (2–${MAX_TEXT_LENGTH} characters)` })
  @IsString()
  @MinLength(2, { message: 'map.errors.searchTooShort' })
  @MaxLength(MAX_TEXT_LENGTH, { message: 'map.errors.textTooLong' })
  text!: string;

  @Field(() => GeoPointInput, {
    nullable: true,
    description: 'Organisations nearest to this point come first (e.g. the map centre)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => GeoPointInput)
  near?: GeoPointInput;
}
