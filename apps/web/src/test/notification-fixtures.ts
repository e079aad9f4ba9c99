import type { MockLink } from '@apollo/client/testing';
import { UnreadNotificationCountDocument } from '../gql/features/graphql';

/** The header bell's unread count (renderApp answers 0 unless a spec's mocks answer first). */
export function unreadCountMock(count = 0, maxUsageCount = 1): MockLink.MockedResponse {
  return { request: { query: UnreadNotificationCountDocument }, result: { data: { unreadNotificationCount: count } }, maxUsageCount };
}
