import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import type { CitiesQuery } from '../gql/graphql';

type CityConnection = CitiesQuery['cities'];

/**
 * Cache policies:
 * - `cities` is cached per filter (keyArgs); pages fetched with `after` are appended, a request
 *   without `after` (first page, refetch) replaces the list.
 * - Provinces have no id; their code identifies them.
 * - Time zones and coordinates are value objects: merge instead of replacing, so the short list
 *   selection and the full profile selection of the same city do not overwrite each other.
 */
export function createApolloCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          cities: {
            keyArgs: ['filter'],
            merge(existing: CityConnection | undefined, incoming: CityConnection, { args }) {
              if (!existing || !args?.after) return incoming;
              return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
            },
          },
        },
      },
      Province: { keyFields: ['code'] },
      TimeZone: { merge: true },
      Coordinates: { merge: true },
    },
  });
}

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri: '/graphql',
      // The API runs Apollo Server's CSRF prevention: every request must carry this header.
      headers: { 'apollo-require-preflight': 'true' },
    }),
    cache: createApolloCache(),
  });
}
