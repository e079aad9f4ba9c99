// The API's dependency rule (docs/adding-a-domain.md): a domain folder in src/ uses another domain
// only through what that domain offers to others; infrastructure is open to every domain.
const INFRASTRUCTURE = '^src/(common|config|database|policy|schema)/';
// What a domain offers to others: its Nest module, its services, its GraphQL types, request-scoped
// loaders for other domains' fields (`*-loader.ts`), the policy's resource finders for what it owns
// (`*.resource.ts`), and auth's signed-in user of the request (request-auth, @CurrentUser()).
const PUBLIC = [
  '[.](module|service|types|resource)[.]ts$',
  '-loader[.]ts$',
  '^src/auth/request-auth[.]ts$',
  '^src/auth/current-user[.]decorator[.]ts$',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cross-domain-internals',
      severity: 'error',
      comment: "A domain imports another domain's module, service, types or loader only (docs/adding-a-domain.md).",
      from: { path: '^src/([^/]+)/', pathNot: INFRASTRUCTURE },
      to: { path: '^src/[^/]+/', pathNot: ['^src/$1/', INFRASTRUCTURE, ...PUBLIC] },
    },
    {
      name: 'no-infrastructure-on-domain-internals',
      severity: 'error',
      comment: 'Infrastructure may use a domain only through what it offers to others.',
      from: { path: INFRASTRUCTURE },
      to: { path: '^src/[^/]+/', pathNot: [INFRASTRUCTURE, ...PUBLIC, '^src/app[.]module[.]ts$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '[.-]spec[.]ts$' }, // tests may set up other domains' data
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
