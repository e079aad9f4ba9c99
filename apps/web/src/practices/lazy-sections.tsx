import { lazy, Suspense } from 'react';

// The sections other pages show load in their own chunk after those pages: the home page stays
// within its bundle budget and the city profile does not wait for the practice library's code.
const CityPractices = lazy(() => import('./city-practices'));
const NewestPractices = lazy(() => import('./newest-practices'));

/** For the city profile: the city's published practices and its adoptions both ways. */
export function CityPracticesSection({ citySlug }: { citySlug: string }) {
  return (
    <Suspense fallback={null}>
      <CityPractices citySlug={citySlug} />
    </Suspense>
  );
}

/** For the home page: the newest published practices. */
export function NewestPracticesSection() {
  return (
    <Suspense fallback={null}>
      <NewestPractices />
    </Suspense>
  );
}
