import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Registered by one line in src/app/feature-routes.ts.
const NotificationsPage = lazy(() => import('./notifications-page').then((m) => ({ default: m.NotificationsPage })));

export const notificationsRoutes: RouteObject[] = [{ path: 'notifikasi', element: <NotificationsPage /> }];
