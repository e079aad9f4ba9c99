import { useQuery } from '@apollo/client/react';
import type { Viewer } from '../app/viewer';
import { MyPendingCountsDocument } from '../gql/features/graphql';

/** Where city admins land after signing in (unless they came with a `next`). */
export const MY_CITIES_PATH = '/kota-saya';

export const administersACity = (viewer: Pick<Viewer, 'memberships'>) => viewer.memberships.some((m) => m.role === 'ADMIN');

/**
 * What waits for the viewer, for the account menu: requests and invitations of the cities they
 * administer, and for platform admins the verification queue. Not asked for anyone else.
 */
export function usePendingCounts(viewer: Viewer) {
  const { data } = useQuery(MyPendingCountsDocument, { skip: !administersACity(viewer) && !viewer.isPlatformAdmin });
  const counts = data?.myPendingCounts;
  return {
    myCities: counts ? counts.representationRequests + counts.invitations : 0,
    verificationQueue: counts?.verificationQueue ?? 0,
  };
}
