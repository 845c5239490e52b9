// End-to-end: the built server (npm run build) on its own embedded PostgreSQL, driven in
// Debian's chromium through playwright-core. Run with `npm run e2e`.
module.exports = {
  ...require('../../jest.preset'),
  displayName: 'e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 1,
};
