import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const AuditLogPage = lazy(() => import('./audit-log-page').then((m) => ({ default: m.AuditLogPage })));

export const auditRoutes: RouteObject[] = [{ path: 'admin/audit', element: <AuditLogPage /> }];
