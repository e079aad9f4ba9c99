// API tests: co-located *.spec.ts (pure logic) and test/*.int-spec.ts (the real app over HTTP on a
// real PostgreSQL; each file clones its own database from a template migrated once in globalSetup).
const ts = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
};
const js = { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } };

module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', ts],
    '^.+\\.m?js$': ['@swc/jest', js],
  },
  // NestJS 12, @as-integrations, content-disposition 3 (of @fastify/static), marked and htmlparser2 with its
  // parts (of sanitize-html) ship ESM only; Jest (on Node 20) needs them as CommonJS.
  // (content-disposition sits in @fastify/static's own node_modules, hence the lookahead over the whole path.)
  transformIgnorePatterns: ['^(?!.*/node_modules/(@nestjs|@as-integrations|content-disposition|marked|htmlparser2|domhandler|domutils|dom-serializer|domelementtype|entities)/).*/node_modules/'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  globalSetup: '<rootDir>/test/global-setup.cjs',
  globalTeardown: '<rootDir>/test/global-teardown.cjs',
  maxWorkers: 2,
  testTimeout: 30000,
};
