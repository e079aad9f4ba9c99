import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const SignInPage = lazy(() => import('./sign-in-page').then((m) => ({ default: m.SignInPage })));
const SignUpPage = lazy(() => import('./sign-up-page').then((m) => ({ default: m.SignUpPage })));
const ForgotPasswordPage = lazy(() =>
  import('./forgot-password-page').then((m) => ({ default: m.ForgotPasswordPage })),
);
const ResetPasswordPage = lazy(() => import('./reset-password-page').then((m) => ({ default: m.ResetPasswordPage })));
const ConfirmEmailPage = lazy(() => import('./confirm-email-page').then((m) => ({ default: m.ConfirmEmailPage })));
const ProfilePage = lazy(() => import('./profile-page').then((m) => ({ default: m.ProfilePage })));

export const accountsRoutes: RouteObject[] = [
  { path: 'masuk', element: <SignInPage /> },
  { path: 'daftar', element: <SignUpPage /> },
  { path: 'lupa-sandi', element: <ForgotPasswordPage /> },
  { path: 'atur-ulang-sandi', element: <ResetPasswordPage /> },
  { path: 'konfirmasi-email', element: <ConfirmEmailPage /> },
  { path: 'profil', element: <ProfilePage /> },
];
