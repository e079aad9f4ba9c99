import type { ApolloCache } from '@apollo/client';

/**
 * After a decision the approved and rejected lists are out of date: drop them from the cache so
 * they are fetched again when opened. The pending list keeps the decided request, now showing
 * its new status, so the reviewer sees what happened.
 */
export function forgetDecidedLists(cache: ApolloCache): void {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      representationRequests(existing, { storeFieldName, DELETE }) {
        return storeFieldName.includes('"PENDING"') ? existing : DELETE;
      },
    },
  });
}
