// The JavaScript a first visit downloads before the page works, measured on the built files:
// for each page, index.html's entry and everything it imports statically (what Vite preloads) plus
// the page's lazy route chunk and its static imports, gzipped. Above LIMIT_KB it fails (issue 10's
// target; it was 229 kB with React, 168 kB on Preact). Needs `vite build` with `build.manifest`
// (dist/.vite/manifest.json).
//
//   node apps/web/scripts/bundle-budget.mjs [dist directory, default apps/web/dist]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const LIMIT_KB = 170;
// Each checked page's route module (the lazy import in its feature's routes.tsx).
const PAGES = {
  '/': 'src/cities/home-page.tsx',
  '/kota': 'src/cities/city-directory-page.tsx',
};

const dist = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist'));
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'));

/** A chunk's file and every file it imports statically, transitively. */
function staticClosure(key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the Vite manifest`);
  if (files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(imported, files);
  return files;
}

const gzipped = new Map();
function gzipBytes(file) {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length);
  return gzipped.get(file);
}

let failed = false;
for (const [page, routeModule] of Object.entries(PAGES)) {
  const files = staticClosure(routeModule, staticClosure('index.html'));
  const kB = [...files].reduce((sum, file) => sum + gzipBytes(file), 0) / 1000;
  const verdict = kB > LIMIT_KB ? `FAIL (limit ${LIMIT_KB} kB)` : `ok (${(LIMIT_KB - kB).toFixed(1)} kB under the limit)`;
  console.log(`${page.padEnd(6)} ${files.size} JS files, ${kB.toFixed(1)} kB gzipped: ${verdict}`);
  // Over the limit: the largest files, where to look first.
  if (kB > LIMIT_KB) {
    const largest = [...files].sort((a, b) => gzipBytes(b) - gzipBytes(a)).slice(0, 6);
    console.log(`       largest: ${largest.map((file) => `${path.basename(file)} ${(gzipBytes(file) / 1000).toFixed(1)}`).join(', ')}`);
  }
  if (kB > LIMIT_KB) failed = true;
}
process.exit(failed ? 1 : 0);
