import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../packages/graphql/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // String unions instead of TS enums: works with isolatedModules and keeps the bundle lean.
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
