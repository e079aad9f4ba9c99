import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Registered by one line in src/app/feature-routes.ts.
const PracticeLibraryPage = lazy(() => import('./practice-library-page').then((m) => ({ default: m.PracticeLibraryPage })));
const PracticePage = lazy(() => import('./practice-page').then((m) => ({ default: m.PracticePage })));

export const practicesRoutes: RouteObject[] = [
  { path: 'praktik', element: <PracticeLibraryPage /> },
  { path: 'praktik/:id', element: <PracticePage /> },
];
