import { useQuery } from '@apollo/client/react';
import type { TFunction } from 'i18next';
import type { Viewer } from '../../app/viewer';
import { PracticeMenuCountsDocument } from '../../gql/features/graphql';

/** Writes for a city (editor or admin): has "My practices". */
const writes = (viewer: Viewer) => viewer.memberships.some((m) => m.allowedActions.includes('PRACTICE_CREATE'));
/** Publishes for a city, or any as platform admin: has "Practice review". */
const reviews = (viewer: Viewer) => viewer.isPlatformAdmin || viewer.memberships.some((m) => m.allowedActions.includes('PRACTICE_PUBLISH'));

/**
 * What waits in the practice library for the account menu: practices sent back to the viewer's
 * cities (among the 50 changed last) and practices waiting for their review. Asked only of writers
 * and reviewers.
 */
export function usePracticeCounts(viewer: Viewer) {
  const review = reviews(viewer);
  const mine = writes(viewer);
  const { data } = useQuery(PracticeMenuCountsDocument, { variables: { review, mine }, skip: !review && !mine });
  const sentBack = data?.myPractices?.nodes.filter((p) => p.state === 'DRAFT' && p.reviewComment != null && p.reviewedAt != null).length ?? 0;
  return { sentBack, toReview: data?.practicesToReview?.totalCount ?? 0 };
}

/** The account menu's links to the practice library's writing pages, with what waits there. */
export function practiceAccountLinks(viewer: Viewer, t: TFunction, counts = { sentBack: 0, toReview: 0 }) {
  const links: { to: string; label: string; pending?: number }[] = [];
  if (writes(viewer)) links.push({ to: '/praktik-saya', label: t('practiceEditor.menu.mine'), pending: counts.sentBack });
  if (reviews(viewer)) links.push({ to: '/praktik/tinjauan', label: t('practiceEditor.menu.review'), pending: counts.toReview });
  return links;
}
