import { useQuery } from '@apollo/client/react';
import { ViewerDocument, type ViewerQuery } from '@bs/web/data-access';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

/**
 * The signed-in user (`viewer`), null when anonymous, undefined while that is not known yet.
 * A failed request counts as anonymous; `error` tells why.
 */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(ViewerDocument);
  const viewer: Viewer | null | undefined = data ? data.viewer : error ? null : undefined;
  return { viewer, loading, error, refetch };
}
