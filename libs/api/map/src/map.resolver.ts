import { CurrentViewer, type ViewerContext } from '@bs/api/accounts';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { MapFeaturesArgs, MapOrganisationListArgs, MapSearchInput } from './dto/map.inputs';
import { MapFeatures, MapOrganisationPage, MapSearchResult } from './models/map.models';
import { MapService } from './map.service';

/** The map of organisations (public; profile filters only match what the viewer may see). */
@Resolver()
export class MapResolver {
  constructor(private readonly map: MapService) {}

  @Query(() => MapFeatures, {
    description:
      'Clusters with counts per kind and single organisations of a viewport (at most ~4,000 ' +
      'features). BAD_USER_INPUT for invalid bounds, zoom, unknown codes or overlong text',
  })
  mapFeatures(
    @CurrentViewer() viewer: ViewerContext,
    @Args() { viewport, filter }: MapFeaturesArgs,
  ): Promise<MapFeatures> {
    return this.map.features(viewer, viewport, filter);
  }

  @Query(() => MapOrganisationPage, {
    description: 'The organisations of a viewport as a list, nearest to its centre first',
  })
  mapOrganisationList(
    @CurrentViewer() viewer: ViewerContext,
    @Args() { viewport, filter, offset, limit }: MapOrganisationListArgs,
  ): Promise<MapOrganisationPage> {
    return this.map.list(viewer, viewport, filter, offset, limit);
  }

  @Query(() => MapSearchResult, {
    description: 'Postcodes, places and organisation names for the map search',
  })
  mapSearch(@Args('input') input: MapSearchInput): Promise<MapSearchResult> {
    return this.map.search(input);
  }
}
