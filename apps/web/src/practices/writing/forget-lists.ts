import type { ApolloCache } from '@apollo/client';

/**
 * After a practice is created or changes state, the lists that show states (my practices, the
 * review queue, and the account menu's counts, which read the same fields) are dropped from the
 * cache: the ones on screen ask again, the others when next shown. (refetchQueries would name
 * queries that are not mounted, and miss the menu's.)
 */
export function forgetPracticeLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'myPractices' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'practicesToReview' });
  cache.gc();
}
