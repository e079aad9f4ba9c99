import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const HomePage = lazy(() => import('./home-page').then((m) => ({ default: m.HomePage })));
const CityDirectoryPage = lazy(() => import('./city-directory-page').then((m) => ({ default: m.CityDirectoryPage })));
const CityProfilePage = lazy(() => import('./city-profile-page').then((m) => ({ default: m.CityProfilePage })));

export const citiesRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'kota', element: <CityDirectoryPage /> },
  { path: 'kota/:slug', element: <CityProfilePage /> },
];
