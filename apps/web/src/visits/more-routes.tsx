import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// web-b's visit pages. The same entries belong in routes.tsx (the build reads page paths from there).
const CalendarPage = lazy(() => import('./calendar-page').then((m) => ({ default: m.CalendarPage })));
const ReportPage = lazy(() => import('./report-page').then((m) => ({ default: m.ReportPage })));
const AvailabilityPage = lazy(() => import('./availability-page').then((m) => ({ default: m.AvailabilityPage })));

export const visitsMoreRoutes: RouteObject[] = [
  { path: 'kunjungan/kalender', element: <CalendarPage /> },
  { path: 'kunjungan/:visitId/laporan', element: <ReportPage /> },
  { path: 'kunjungan/ketersediaan/:slug', element: <AvailabilityPage /> },
];
