import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { ComingSoonPage } from './coming-soon-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage } from './route-error-page';

// The data-heavy pages are split into their own chunks; the shell and placeholders load first.
const HomePage = lazy(() => import('./home-page').then((m) => ({ default: m.HomePage })));
const CityDirectoryPage = lazy(() =>
  import('../cities/city-directory-page').then((m) => ({ default: m.CityDirectoryPage })),
);
const CityProfilePage = lazy(() =>
  import('../cities/city-profile-page').then((m) => ({ default: m.CityProfilePage })),
);

const SignInPage = lazy(() => import('../accounts/sign-in-page').then((m) => ({ default: m.SignInPage })));
const SignUpPage = lazy(() => import('../accounts/sign-up-page').then((m) => ({ default: m.SignUpPage })));
const ForgotPasswordPage = lazy(() =>
  import('../accounts/forgot-password-page').then((m) => ({ default: m.ForgotPasswordPage })),
);
const ResetPasswordPage = lazy(() =>
  import('../accounts/reset-password-page').then((m) => ({ default: m.ResetPasswordPage })),
);
const ProfilePage = lazy(() => import('../accounts/profile-page').then((m) => ({ default: m.ProfilePage })));
const InvitationPage = lazy(() => import('../accounts/invitation-page').then((m) => ({ default: m.InvitationPage })));
const CityMembersPage = lazy(() => import('../cities/members-page').then((m) => ({ default: m.CityMembersPage })));
const VerificationPage = lazy(() =>
  import('../admin/verification-page').then((m) => ({ default: m.VerificationPage })),
);
const AuditLogPage = lazy(() => import('../admin/audit-log-page').then((m) => ({ default: m.AuditLogPage })));
const MailboxPage = lazy(() => import('../dev/mailbox-page').then((m) => ({ default: m.MailboxPage })));

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        // Pathless: render errors inside the shell, so header, language switch and footer stay.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'kota', element: <CityDirectoryPage /> },
          { path: 'kota/:slug', element: <CityProfilePage /> },
          { path: 'kota/:slug/anggota', element: <CityMembersPage /> },
          { path: 'masuk', element: <SignInPage /> },
          { path: 'daftar', element: <SignUpPage /> },
          { path: 'lupa-sandi', element: <ForgotPasswordPage /> },
          { path: 'atur-ulang-sandi', element: <ResetPasswordPage /> },
          { path: 'profil', element: <ProfilePage /> },
          { path: 'undangan', element: <InvitationPage /> },
          { path: 'admin/verifikasi', element: <VerificationPage /> },
          { path: 'admin/audit', element: <AuditLogPage /> },
          { path: 'dev/mailbox', element: <MailboxPage /> },
          { path: 'praktik', element: <ComingSoonPage area="practices" /> },
          { path: 'kunjungan', element: <ComingSoonPage area="visits" /> },
          { path: 'metrik', element: <ComingSoonPage area="metrics" /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
