import type { CodegenConfig } from '@graphql-codegen/cli';

const config = {
  // String unions instead of TS enums: works with isolatedModules and keeps the bundle lean.
  enumsAsTypes: true,
  useTypeImports: true,
  // The API serialises DateTime as an ISO 8601 string.
  scalars: { DateTime: 'string' },
};

// Documents the app shell and the city pages use (every visit loads them).
const SHELL_DOCUMENTS = ['src/app/viewer.graphql', 'src/cities/cities.graphql'];
// Every other feature's documents (found by folder, so a new feature needs no edit here): a module
// of their own, so their generated ASTs load with those lazy routes only. (A bundler cannot split
// one module between chunks.) The viewer's fragments are shared by both.
const FEATURE_DOCUMENTS = ['src/*/**/*.graphql', '!src/cities/cities.graphql'];

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
    'src/gql/features/': {
      documents: FEATURE_DOCUMENTS,
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config,
    },
  },
};

export default codegen;
