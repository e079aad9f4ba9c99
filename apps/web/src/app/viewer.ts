import { useQuery } from '@apollo/client/react';
import { type Action, allowedActions, inCity } from '@citybridge/domain';
import { MeDocument, type ViewerFieldsFragment } from '../gql/graphql';

export type Viewer = ViewerFieldsFragment;
export type ViewerMembership = Viewer['memberships'][number];

export interface ViewerState {
  /** The signed-in user, null when signed out (or while the answer is not known yet). */
  viewer: Viewer | null;
  /** True until the first answer to `me`. */
  loading: boolean;
  error: unknown;
}

/** The signed-in user (`me`), shared by the header and every page through the cache. */
export function useViewer(): ViewerState {
  const { data, error } = useQuery(MeDocument);
  return { viewer: data?.me ?? null, loading: data === undefined && !error, error };
}

/** A global action (without a city) the user may take, as the API lists it. */
export function canDo(viewer: Viewer | null, action: Action): boolean {
  return viewer?.allowedActions.includes(action) ?? false;
}

export function membershipFor(viewer: Viewer | null, citySlug: string): ViewerMembership | undefined {
  return viewer?.memberships.find((membership) => membership.city.slug === citySlug);
}

/**
 * What the viewer may do on a city: the API's list on the viewer's membership of that city; a
 * viewer without one (a platform admin) gets the shared domain policy's answer, which has the
 * same rules as the API.
 */
export function cityActions(viewer: Viewer | null, citySlug: string): readonly Action[] {
  if (!viewer) return [];
  const membership = membershipFor(viewer, citySlug);
  if (membership) return membership.allowedActions;
  return allowedActions(
    {
      userId: viewer.id,
      isPlatformAdmin: viewer.isPlatformAdmin,
      isResearcher: viewer.isResearcher,
      memberships: viewer.memberships.map((m) => ({ cityId: m.city.slug, role: m.role })),
    },
    inCity(citySlug),
  );
}
