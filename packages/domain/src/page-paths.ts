export interface PageMatch {
  /** The pattern that matched, as React Router writes it (`:name` is one path segment). */
  path: string;
  params: Record<string, string>;
}

const segmentsOf = (path: string) => (path === '/' ? [] : path.split('/').slice(1));

/**
 * The page of `pagePaths` (the web build's list of its routes) that a URL path shows, or null. One
 * trailing slash is allowed, as the router allows it.
 */
export function matchPage(pathname: string, pagePaths: readonly string[]): PageMatch | null {
  const segments = segmentsOf(pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname);
  for (const path of pagePaths) {
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
