import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const CityMembersPage = lazy(() => import('./members-page').then((m) => ({ default: m.CityMembersPage })));
const InvitationPage = lazy(() => import('./invitation-page').then((m) => ({ default: m.InvitationPage })));
const VerificationPage = lazy(() => import('./verification-page').then((m) => ({ default: m.VerificationPage })));
const MyCitiesPage = lazy(() => import('./my-cities-page').then((m) => ({ default: m.MyCitiesPage })));
const OfficialEmailPage = lazy(() => import('./official-email-page').then((m) => ({ default: m.OfficialEmailPage })));

export const membershipsRoutes: RouteObject[] = [
  { path: 'kota/:slug/anggota', element: <CityMembersPage /> },
  { path: 'undangan', element: <InvitationPage /> },
  { path: 'admin/verifikasi', element: <VerificationPage /> },
  { path: 'kota-saya', element: <MyCitiesPage /> },
  { path: 'konfirmasi-alamat-resmi', element: <OfficialEmailPage /> },
];
