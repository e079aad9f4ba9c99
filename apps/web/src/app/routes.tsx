import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { ComingSoonPage } from './coming-soon-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage } from './route-error-page';

// The data-heavy pages are split into their own chunks; the shell and placeholders load first.
const HomePage = lazy(() => import('./home-page').then((m) => ({ default: m.HomePage })));
const CityDirectoryPage = lazy(() =>
  import('../cities/city-directory-page').then((m) => ({ default: m.CityDirectoryPage })),
);
const CityProfilePage = lazy(() =>
  import('../cities/city-profile-page').then((m) => ({ default: m.CityProfilePage })),
);

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        // Pathless: render errors inside the shell, so header, language switch and footer stay.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'kota', element: <CityDirectoryPage /> },
          { path: 'kota/:slug', element: <CityProfilePage /> },
          { path: 'praktik', element: <ComingSoonPage area="practices" /> },
          { path: 'kunjungan', element: <ComingSoonPage area="visits" /> },
          { path: 'metrik', element: <ComingSoonPage area="metrics" /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
