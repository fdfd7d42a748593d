import { skipToken, useQuery } from '@apollo/client/react';
import {
  MyOrganisationsDocument,
  type MembershipRole,
  type MyOrganisationsQuery,
} from '@bs/web/data-access';
import { useViewer } from './use-viewer';

export type MyOrganisation = MyOrganisationsQuery['myOrganisations'][number];

const NONE: readonly MyOrganisation[] = [];

/** The signed-in user's organisations (none when anonymous); `loading` until known. */
export function useMyOrganisations() {
  const { viewer, loading: viewerLoading } = useViewer();
  const { data, loading, error, refetch } = useQuery(
    MyOrganisationsDocument,
    viewer ? {} : skipToken,
  );
  return {
    organisations: viewer ? (data?.myOrganisations ?? NONE) : NONE,
    loading: viewerLoading || (viewer ? loading && !data : false),
    error,
    refetch,
  };
}

/** The signed-in user's role in one organisation; null when not a member (or anonymous). */
export function useMyRole(organisationId: string | undefined): {
  role: MembershipRole | null;
  loading: boolean;
} {
  const { organisations, loading } = useMyOrganisations();
  const membership = organisations.find((m) => m.organisation.id === organisationId);
  return { role: membership?.role ?? null, loading };
}
