import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Registered by one line in src/app/feature-routes.ts. A flat list: the build reads the paths.
const VisitsPage = lazy(() => import('./visits-page').then((m) => ({ default: m.VisitsPage })));
const RequestVisitPage = lazy(() => import('./request-visit-page').then((m) => ({ default: m.RequestVisitPage })));
const VisitPage = lazy(() => import('./visit-page').then((m) => ({ default: m.VisitPage })));
const CalendarPage = lazy(() => import('./calendar-page').then((m) => ({ default: m.CalendarPage })));
const ReportPage = lazy(() => import('./report-page').then((m) => ({ default: m.ReportPage })));
const AvailabilityPage = lazy(() => import('./availability-page').then((m) => ({ default: m.AvailabilityPage })));

export const visitsRoutes: RouteObject[] = [
  { path: 'kunjungan', element: <VisitsPage /> },
  { path: 'kunjungan/ajukan', element: <RequestVisitPage /> },
  { path: 'kunjungan/:visitId', element: <VisitPage /> },
  { path: 'kunjungan/kalender', element: <CalendarPage /> },
  { path: 'kunjungan/:visitId/laporan', element: <ReportPage /> },
  { path: 'kunjungan/ketersediaan/:slug', element: <AvailabilityPage /> },
];
