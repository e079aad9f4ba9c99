import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { pagePathsFromSources } from './src/app/page-paths';

// Where `vite` and `vite preview` send /graphql: an API started elsewhere (npm start, port 3000).
const apiUrl = process.env.API_URL ?? 'http://localhost:3000';

/** dist/page-paths.json: the app's pages, which the API answers with 200 (any other path 404). */
const pagePathsFile: Plugin = {
  name: 'citybridge-page-paths',
  apply: 'build',
  generateBundle() {
    const paths = pagePathsFromSources(fileURLToPath(new URL('./src', import.meta.url)));
    this.emitFile({ type: 'asset', fileName: 'page-paths.json', source: `${JSON.stringify(paths, null, 2)}\n` });
  },
};

/** Mantine's ScrollArea gets `useMergeRefs` from a shim instead of @floating-ui/react (src/app/shims/merge-refs.ts). */
const scrollAreaMergeRefs: Plugin = {
  name: 'citybridge-scroll-area-merge-refs',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source !== '@floating-ui/react' || !importer || !/[\\/]@mantine[\\/]core[\\/].*[\\/]ScrollArea\.mjs$/.test(importer)) return null;
    return fileURLToPath(new URL('./src/app/shims/merge-refs.ts', import.meta.url));
  },
};

/**
 * Mantine's Table.ScrollContainer gets `ScrollArea` from a shim that loads it on first use
 * (src/app/shims/table-scroll-area.ts; the app's tables scroll natively, type="native"), and the
 * shim's dynamic '@mantine/core' is ScrollArea's own module.
 */
const TABLE_SCROLL_AREA_SHIM = fileURLToPath(new URL('./src/app/shims/table-scroll-area.ts', import.meta.url));
// @mantine/core's main file is cjs/index.cjs; ScrollArea's ES module is beside it (exports has no path to it).
const MANTINE_SCROLL_AREA = path.join(path.dirname(createRequire(import.meta.url).resolve('@mantine/core')), '..', 'esm/components/ScrollArea/ScrollArea.mjs');
const tableScrollAreaOnDemand: Plugin = {
  name: 'citybridge-table-scroll-area-on-demand',
  enforce: 'pre',
  resolveId(source, importer) {
    if (!importer) return null;
    if (source === '../ScrollArea/ScrollArea.mjs' && /[\\/]@mantine[\\/]core[\\/].*[\\/]Table[\\/]TableScrollContainer\.mjs$/.test(importer)) {
      return TABLE_SCROLL_AREA_SHIM;
    }
    return source === '@mantine/core' && importer === TABLE_SCROLL_AREA_SHIM ? MANTINE_SCROLL_AREA : null;
  },
};

/**
 * dist/assets/*.{js,css}.br and .gz beside each file, at the strongest levels (the API serves them
 * as they are; compressing per request uses a fast level: vendor-react went out 9 % larger).
 */
const precompressAssets: Plugin = {
  name: 'citybridge-precompress-assets',
  apply: 'build',
  writeBundle(options) {
    const assets = path.join(options.dir ?? 'dist', 'assets');
    for (const name of readdirSync(assets).filter((n) => /\.(js|css)$/.test(n))) {
      const file = path.join(assets, name);
      const content = readFileSync(file);
      writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: content.length } }));
      writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
    }
  },
};

/**
 * The production build runs on Preact's React compatibility layer (about 12 kB gzipped instead of
 * React's 67): the code and its libraries still import `react`, and Jest and `vite` (dev) use React.
 * WEB_REACT=1 builds with React, to compare or to rule Preact out when something differs.
 */
const preactAliases = [
  { find: /^react$/, replacement: fileURLToPath(new URL('./src/app/shims/react-on-preact.js', import.meta.url)) },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  // react-i18next's polyfill of useSyncExternalStore, which Preact has.
  { find: /^use-sync-external-store\/shim$/, replacement: 'preact/compat' },
];

/**
 * React Router's package resolves to its development build for every bundler condition (dev
 * warnings on); the build takes its production build, for `react-router` and `react-router/dom`
 * alike (one build: they share the router's contexts).
 */
const reactRouterDist = path.join(path.dirname(createRequire(import.meta.url).resolve('react-router/package.json')), 'dist', 'production');
const reactRouterProduction = [
  { find: /^react-router$/, replacement: path.join(reactRouterDist, 'index.mjs') },
  { find: /^react-router\/dom$/, replacement: path.join(reactRouterDist, 'dom-export.mjs') },
];

export default defineConfig(({ command }) => ({
  plugins: [react(), pagePathsFile, scrollAreaMergeRefs, tableScrollAreaOnDemand, precompressAssets],
  resolve: {
    // Workspace packages (e.g. @citybridge/domain) expose their TypeScript sources under the
    // "source" export condition; Vite compiles them directly, so no prebuild is needed.
    // "es2015": rxjs's ES2015 build instead of its ES5 one (classes instead of tslib helpers, smaller).
    conditions: ['source', 'es2015', ...defaultClientConditions],
    alias: command === 'build' ? [...reactRouterProduction, ...(process.env.WEB_REACT === '1' ? [] : preactAliases)] : [],
  },
  server: {
    proxy: {
      '/graphql': apiUrl,
      '/uploads': apiUrl,
    },
  },
  preview: {
    proxy: {
      '/graphql': apiUrl,
      '/uploads': apiUrl,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // dist/.vite/manifest.json: what scripts/bundle-budget.mjs follows from index.html to each page.
    manifest: true,
    rolldownOptions: {
      output: {
        // Libraries every page needs get their own long-lived chunks: an app deploy does not
        // invalidate them in browser caches. Mantine stays in automatic splitting so components
        // used only by lazy routes (Table, ...) load with those routes.
        codeSplitting: {
          groups: [
            { name: 'vendor-react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|preact)[\\/]|[\\/]shims[\\/]react-on-preact\.js$/ },
            { name: 'vendor-router', test: /[\\/]node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/ },
            // ECharts (lazy, with the metrics charts) and the tslib copies inside it: before
            // vendor-apollo, whose tslib test would otherwise pull them into every first page.
            { name: 'vendor-charts', test: /[\\/]node_modules[\\/](echarts|zrender)[\\/]/, priority: 1 },
            {
              name: 'vendor-apollo',
              test: /[\\/]node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry|tslib|@graphql-typed-document-node)[\\/]/,
            },
            {
              name: 'vendor-i18n',
              test: /[\\/]node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/,
            },
          ],
        },
      },
    },
  },
}));
