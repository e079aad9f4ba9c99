import { lazy, Suspense } from 'react';

// Loaded after the city profile, in its own chunk: the profile does not wait for the metrics code.
const CityMetrics = lazy(() => import('./city-metrics'));

/** For the city profile: the city's latest values per indicator, with source and quality. */
export function CityMetricsSection(props: { cityCode: string; citySlug: string; cityName: string }) {
  return (
    <Suspense fallback={null}>
      <CityMetrics {...props} />
    </Suspense>
  );
}
