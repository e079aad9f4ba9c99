import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The app's pages as React Router path patterns, read from the files the router is built from: the
 * routes.tsx of each feature registered in feature-routes.ts, and app/routes.tsx. The build writes
 * them to dist/page-paths.json (vite.config.ts); the API answers those paths with 200 and any other
 * with 404. Read by pattern (`path: '…'`, `index: true`) rather than by running the TSX, so routes
 * stay flat, one page each; routes.spec.ts checks the result against the router itself.
 * Node only: the build and the tests use it, the app does not.
 */
export function pagePathsFromSources(srcDir: string): string[] {
  const read = (file: string) => readFileSync(path.join(srcDir, file), 'utf8');
  const features = [...read('app/feature-routes.ts').matchAll(/from '\.\.\/([\w-]+)\/routes'/g)].map((m) => `${m[1]}/routes.tsx`);
  return [...features, 'app/routes.tsx'].flatMap((file) => {
    const source = read(file);
    const indexes = [...source.matchAll(/\bindex: true\b/g)].map(() => '/');
    const paths = [...source.matchAll(/\bpath: '([^']*)'/g)].map((m) => m[1]).filter((p) => p !== '*');
    return [...indexes, ...paths.map((p) => `/${p}`)];
  });
}
