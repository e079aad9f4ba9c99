import { lazy, Suspense } from 'react';
import type { PracticeImpactProps } from './practice-impact';

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

// The impact panel: its own chunk, loaded after the practice page (its chart is lazy again).
const PracticeImpact = lazy(() => import('./practice-impact'));

/** For the practice page: its related indicators and each adoption's impact panel. */
export function PracticeImpactSection(props: PracticeImpactProps) {
  return (
    <Suspense fallback={null}>
      <PracticeImpact {...props} />
    </Suspense>
  );
}
