import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import type { FieldPolicy } from '@apollo/client/cache';
import type { Language } from './i18n';

/** A Relay-style connection as this app selects it: the nodes list is what pages append to. */
interface NodesConnection {
  nodes: readonly unknown[];
}

/**
 * Paginated with `first`/`after`: pages fetched with `after` are appended, a request without
 * `after` (first page, refetch) replaces the list. `keyArgs` are the arguments that make a
 * separate list.
 */
function appendPages(keyArgs: string[]): FieldPolicy<NodesConnection> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
    },
  };
}

/**
 * A practice's language versions have no id: a list that selects only titles and the practice
 * page that selects the bodies merge per language instead of dropping each other's fields.
 */
function mergeByLanguage<T extends { language: string }>(existing: readonly T[] | undefined, incoming: readonly T[]): T[] {
  return incoming.map((text) => ({ ...existing?.find((old) => old.language === text.language), ...text }));
}

/**
 * Cache policies:
 * - `cities` is cached per filter, order and page size (the city picker asks for 10, the directory
 *   for 50: they must not overwrite each other); pages fetched with `after` are appended.
 * - The verification queue is cached per status, the audit log per filter; both append pages.
 * - Practice searches are cached per query, filter and sort; pages fetched with `after` are appended.
 * - Provinces have no id; their code identifies them.
 * - Time zones and coordinates are value objects: merge instead of replacing, so the short list
 *   selection and the full profile selection of the same city do not overwrite each other.
 */
export function createApolloCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          cities: appendPages(['filter', 'orderBy', 'first']),
          representationRequests: appendPages(['status']),
          auditLog: appendPages(['filter']),
          searchPractices: appendPages(['query', 'filter', 'sort', 'first']),
          // Per page size: the account menu's counts (first 1 and 50) and the pages' lists (20) are
          // different selections that must not replace each other.
          myPractices: appendPages(['first']),
          practicesToReview: appendPages(['first']),
          visitInbox: appendPages(['first']),
          myVisits: appendPages(['first']),
          publicVisits: appendPages(['first']),
          notifications: appendPages(['first']),
        },
      },
      Province: { keyFields: ['code'] },
      Practice: { fields: { texts: { merge: mergeByLanguage } } },
      PracticeCost: { merge: true },
      TimeZone: { merge: true },
      Coordinates: { merge: true },
    },
  });
}

export interface ApolloClientOptions {
  /** The UI language, sent as Accept-Language so the API localises userError messages. */
  getLanguage: () => Language;
  /** For tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}

/** Adds `accept-language: <UI language>` to every request. */
export function languageLink(getLanguage: () => Language): ApolloLink {
  return new SetContextLink((previous) => ({
    headers: { ...(previous.headers as Record<string, string> | undefined), 'accept-language': getLanguage() },
  }));
}

export function createApolloClient({ getLanguage, fetch }: ApolloClientOptions): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      languageLink(getLanguage),
      new HttpLink({
        uri: '/graphql',
        // The API runs Apollo Server's CSRF prevention: every request must carry this header.
        headers: { 'apollo-require-preflight': 'true' },
        // The session is an httpOnly cookie on the same origin.
        credentials: 'same-origin',
        fetch,
      }),
    ]),
    cache: createApolloCache(),
  });
}
