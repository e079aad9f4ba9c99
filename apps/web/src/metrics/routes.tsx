import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Registered by one line in src/app/feature-routes.ts.
const ComparePage = lazy(() => import('./compare-page').then((m) => ({ default: m.ComparePage })));
const IndicatorPage = lazy(() => import('./indicator-page').then((m) => ({ default: m.IndicatorPage })));
const ImportPage = lazy(() => import('./import-page').then((m) => ({ default: m.ImportPage })));

export const metricsRoutes: RouteObject[] = [
  { path: 'metrik', element: <ComparePage /> },
  { path: 'metrik/indikator/:code', element: <IndicatorPage /> },
  { path: 'metrik/impor', element: <ImportPage /> },
];
