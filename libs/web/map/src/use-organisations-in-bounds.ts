import type { Bounds } from '@bs/domain';
import { skipToken, useQuery } from '@apollo/client/react';
import { OrganisationsInBoundsQuery } from './graphql/organisations-in-bounds.query';
import type { MapOrganisation } from './organisation';

/** At most this many markers at once; the API returns those nearest to the centre. */
export const ORGANISATIONS_LIMIT = 1000;

const NONE: readonly MapOrganisation[] = [];

/**
 * The organisations inside `bounds` (null while the map has no size yet). While new bounds
 * load, the previous markers stay, so panning does not make the map flicker.
 */
export function useOrganisationsInBounds(bounds: Bounds | null, limit = ORGANISATIONS_LIMIT) {
  const { data, previousData, loading, error, refetch } = useQuery(
    OrganisationsInBoundsQuery,
    bounds ? { variables: { bounds, limit } } : skipToken,
  );
  const organisations = (data ?? previousData)?.organisations ?? NONE;
  return {
    organisations,
    loading,
    error,
    limitReached: organisations.length >= limit,
    refetch,
  };
}
