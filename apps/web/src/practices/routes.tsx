import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Registered by one line in src/app/feature-routes.ts.
const PracticeLibraryPage = lazy(() => import('./practice-library-page').then((m) => ({ default: m.PracticeLibraryPage })));
const PracticePage = lazy(() => import('./practice-page').then((m) => ({ default: m.PracticePage })));
// The writing side (writing/): editor, review queue, history, my practices.
const NewPracticePage = lazy(() => import('./writing/new-practice-page').then((m) => ({ default: m.NewPracticePage })));
const EditPracticePage = lazy(() => import('./writing/edit-practice-page').then((m) => ({ default: m.EditPracticePage })));
const ReviewQueuePage = lazy(() => import('./writing/review-queue-page').then((m) => ({ default: m.ReviewQueuePage })));
const PracticeHistoryPage = lazy(() => import('./writing/practice-history-page').then((m) => ({ default: m.PracticeHistoryPage })));
const MyPracticesPage = lazy(() => import('./writing/my-practices-page').then((m) => ({ default: m.MyPracticesPage })));

export const practicesRoutes: RouteObject[] = [
  { path: 'praktik', element: <PracticeLibraryPage /> },
  { path: 'praktik/:id', element: <PracticePage /> },
  { path: 'praktik/baru', element: <NewPracticePage /> },
  { path: 'praktik/:id/ubah', element: <EditPracticePage /> },
  { path: 'praktik/tinjauan', element: <ReviewQueuePage /> },
  { path: 'praktik/:id/riwayat', element: <PracticeHistoryPage /> },
  { path: 'praktik-saya', element: <MyPracticesPage /> },
];
