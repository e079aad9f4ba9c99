import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const CityMembersPage = lazy(() => import('./members-page').then((m) => ({ default: m.CityMembersPage })));
const InvitationPage = lazy(() => import('./invitation-page').then((m) => ({ default: m.InvitationPage })));
const VerificationPage = lazy(() => import('./verification-page').then((m) => ({ default: m.VerificationPage })));

export const membershipsRoutes: RouteObject[] = [
  { path: 'kota/:slug/anggota', element: <CityMembersPage /> },
  { path: 'undangan', element: <InvitationPage /> },
  { path: 'admin/verifikasi', element: <VerificationPage /> },
];
