import { lazy, Suspense } from 'react';

// Loaded after the city profile, in a chunk of its own: the profile does not wait for it.
const CityVisits = lazy(() => import('./city-visits'));

/** For the city profile: the visits the city hosted and made. */
export function CityVisitsSection({ citySlug, cityName }: { citySlug: string; cityName: string }) {
  return (
    <Suspense fallback={null}>
      <CityVisits citySlug={citySlug} cityName={cityName} />
    </Suspense>
  );
}
