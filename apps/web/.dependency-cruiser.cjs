// The web app's dependency rule (npm run deps). Every folder under src/ is a feature except the
// shared ones: app/ (the shell and shared UI, hooks, i18n, Apollo), test/ (spec helpers) and gql/
// (generated from the .graphql documents). A feature may import the shared folders, packages, its
// own files, and from another feature only that feature's public files: routes.tsx (for the shell)
// and public.ts (the few components and constants it offers others).
const SHARED = '(?:app|test|gql)';
const FEATURE = `^src/(?!${SHARED}/)([^/]+)/`;
const PUBLIC_FILES = '^src/[^/]+/(routes\\.tsx|public\\.ts)$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'feature-internals',
      comment:
        "A feature imports another feature only through its routes.tsx or public.ts; move what both need to app/ or export it from public.ts.",
      severity: 'error',
      from: { path: FEATURE },
      to: { path: FEATURE, pathNot: ['^src/$1/', PUBLIC_FILES] },
    },
    {
      name: 'shell-uses-public-files',
      comment: "app/ reaches a feature only through its routes.tsx or public.ts.",
      severity: 'error',
      from: { path: '^src/app/' },
      to: { path: FEATURE, pathNot: PUBLIC_FILES },
    },
    {
      name: 'test-helpers-in-specs-only',
      comment: "src/test/ holds spec helpers: application code does not import them (a feature's *-fixtures.ts are spec helpers too).",
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/test/', '\\.spec\\.tsx?$', '-fixtures\\.tsx?$'] },
      to: { path: '^src/test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/gql/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['source', 'import', 'require', 'default'] },
  },
};
