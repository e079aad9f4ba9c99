import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const MailboxPage = lazy(() => import('./mailbox-page').then((m) => ({ default: m.MailboxPage })));

export const devMailboxRoutes: RouteObject[] = [{ path: 'dev/mailbox', element: <MailboxPage /> }];
