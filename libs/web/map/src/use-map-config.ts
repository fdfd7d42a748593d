import { useQuery } from '@apollo/client/react';
import { MapConfigQuery } from './graphql/map-config.query';

/** The installation's base map set-up: tile server (optional), outlines and licences. */
export function useMapConfig() {
  const { data, error, refetch } = useQuery(MapConfigQuery);
  return { mapConfig: data?.mapConfig, error, refetch };
}
