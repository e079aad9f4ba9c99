// CommonJS because package.json has "type": "module".
const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', tsx: true },
    transform: { react: { runtime: 'automatic' } },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: '<rootDir>/src/test/jsdom-environment.cjs',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  // A whole-app render on two busy cores can take seconds; findBy waits up to 5 s (src/test/render-app.tsx).
  testTimeout: 30_000,
  setupFiles: ['<rootDir>/src/test/polyfills.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', swcOptions],
    '^.+\\.mjs$': ['@swc/jest', swcOptions],
  },
  // Transpile dependencies that ship only ES modules; CommonJS ones are left alone.
  transformIgnorePatterns: ['/node_modules/(?!(@citybridge|marked|echarts|zrender)/)'],
  moduleNameMapper: {
    '\\.css$': '<rootDir>/src/test/style-stub.cjs',
    // import.meta.glob is Vite's: Jest reads the same locale files from disk.
    '^\\./locale-files$': '<rootDir>/src/test/locale-files.cjs',
    '^@citybridge/domain$': '<rootDir>/../../packages/domain/src/index.ts',
    // The domain sources import './x.js' (NodeNext style): resolve them to the .ts files.
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironmentOptions: {
    // Resolve package exports like Node does (CommonJS builds), not the "browser" ESM builds.
    customExportConditions: ['node', 'require', 'default'],
  },
  clearMocks: true,
  restoreMocks: true,
};
