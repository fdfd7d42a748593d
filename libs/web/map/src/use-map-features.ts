import { skipToken, useQuery } from '@apollo/client/react';
import type { Bounds } from '@bs/domain';
import type { MapFilterInput } from '@bs/web/data-access';
import { MapFeaturesQuery } from './graphql/map.queries';

/** The visible part of the map as the API takes it. */
export interface MapViewport {
  bounds: Bounds;
  zoom: number;
}

/**
 * Clusters and organisations of the viewport under the filter (null while the map has no
 * size yet). While a new answer loads, the previous one stays, so the map does not flicker.
 * Retries by itself while the server is still preparing its map index.
 */
export function useMapFeatures(viewport: MapViewport | null, filter: MapFilterInput) {
  const { data, previousData, loading, error, refetch } = useQuery(
    MapFeaturesQuery,
    // Not normalised into the cache: cluster ids repeat across views and filters with other
    // numbers, and each answer is used as a whole (and writing it would cost time).
    viewport ? { variables: { viewport, filter }, fetchPolicy: 'no-cache' } : skipToken,
  );
  return { features: (data ?? previousData)?.mapFeatures, loading, error, refetch };
}
