import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { MetricCityDocument } from '../gql/features/graphql';

export interface MetricCity {
  slug: string;
  code: string;
  name: string;
  provinceName: string;
}

/**
 * The cities of a link (by slug) with their codes, which the metrics API takes: one cached `city`
 * query each. `ready` once every slug is answered; unknown slugs are left out.
 */
export function useCitiesBySlug(slugs: readonly string[]) {
  const client = useApolloClient();
  const key = slugs.join('|');
  const [state, setState] = useState<{ key: string; cities: MetricCity[]; failed: boolean } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key is the slugs' content
  useEffect(() => {
    let live = true;
    Promise.all(slugs.map((slug) => client.query({ query: MetricCityDocument, variables: { slug } })))
      .then((answers) => {
        const cities = answers.flatMap(({ data }) => {
          const city = data?.city;
          return city ? [{ slug: city.slug, code: city.code, name: city.name, provinceName: city.province.name }] : [];
        });
        if (live) setState({ key, cities, failed: false });
      })
      .catch(() => {
        if (live) setState({ key, cities: [], failed: true });
      });
    return () => {
      live = false;
    };
  }, [key, client]);
  const current = state?.key === key ? state : null;
  return { cities: current?.cities ?? [], ready: current !== null, failed: current?.failed ?? false };
}
