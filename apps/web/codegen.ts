import type { CodegenConfig } from '@graphql-codegen/cli';

const config = {
  // String unions instead of TS enums: works with isolatedModules and keeps the bundle lean.
  enumsAsTypes: true,
  useTypeImports: true,
  // The API serialises DateTime as an ISO 8601 string.
  scalars: { DateTime: 'string' },
};

// Documents the app shell and the city pages use (every visit loads them).
const SHELL_DOCUMENTS = ['src/cities/cities.graphql', 'src/accounts/viewer.graphql'];
// Documents of the account, member and admin pages: a module of their own, so their generated
// ASTs load with those lazy routes only. (A bundler cannot split one module between chunks.)
const ACCOUNT_DOCUMENTS = [
  'src/accounts/viewer.graphql',
  'src/accounts/accounts.graphql',
  'src/cities/members.graphql',
  'src/admin/*.graphql',
  'src/dev/*.graphql',
];

const codegen: CodegenConfig = {
  // GRAPHQL_SCHEMA: e.g. the contract, before the API that serves it has landed.
  schema: process.env.GRAPHQL_SCHEMA ?? '../../packages/graphql/schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      documents: SHELL_DOCUMENTS,
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config,
    },
    'src/gql/accounts/': {
      documents: ACCOUNT_DOCUMENTS,
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config,
    },
  },
};

export default codegen;
