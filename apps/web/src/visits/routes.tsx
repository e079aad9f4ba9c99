import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Registered by one line in src/app/feature-routes.ts. A flat list: the build reads the paths.
const VisitsPage = lazy(() => import('./visits-page').then((m) => ({ default: m.VisitsPage })));
const RequestVisitPage = lazy(() => import('./request-visit-page').then((m) => ({ default: m.RequestVisitPage })));
const VisitPage = lazy(() => import('./visit-page').then((m) => ({ default: m.VisitPage })));

export const visitsRoutes: RouteObject[] = [
  { path: 'kunjungan', element: <VisitsPage /> },
  { path: 'kunjungan/ajukan', element: <RequestVisitPage /> },
  { path: 'kunjungan/:visitId', element: <VisitPage /> },
];
