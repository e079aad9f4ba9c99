/**
 * Every page of the web app, as React Router path patterns (`:name` is one path segment). The API
 * answers any other path with 404 (still serving the app, which shows its not-found view); a web
 * test checks this list against the router's routes, so a new page is added here too.
 */
export const PAGE_PATHS = [
  '/',
  '/kota',
  '/kota/:slug',
  '/kota/:slug/anggota',
  '/masuk',
  '/daftar',
  '/lupa-sandi',
  '/atur-ulang-sandi',
  '/profil',
  '/undangan',
  '/admin/verifikasi',
  '/admin/audit',
  '/dev/mailbox',
  '/praktik',
  '/kunjungan',
  '/metrik',
] as const;

export type PagePath = (typeof PAGE_PATHS)[number];

export interface PageMatch {
  path: PagePath;
  params: Record<string, string>;
}

const segmentsOf = (path: string) => (path === '/' ? [] : path.split('/').slice(1));

/** The page a URL path shows (one trailing slash allowed, as the router allows it), or null. */
export function matchPage(pathname: string): PageMatch | null {
  const segments = segmentsOf(pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname);
  for (const path of PAGE_PATHS) {
    const pattern = segmentsOf(path);
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, i) => {
      if (!part.startsWith(':')) return part === segments[i];
      params[part.slice(1)] = segments[i];
      return segments[i] !== '';
    });
    if (matches) return { path, params };
  }
  return null;
}
