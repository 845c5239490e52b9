// Integration specs start the real Nest app on a fresh database each (embedded PostgreSQL by
// default, or TEST_DATABASE_URL) and speak GraphQL over HTTP and WebSocket.
// Medium specs (*.medium-spec.ts) call the services directly on such a database, without HTTP.
module.exports = {
  ...require('../../jest.preset'),
  displayName: 'api-integration',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.integration-spec.ts', '<rootDir>/test/**/*.medium-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30000,
  // When this file is the whole run (`jest -c apps/api/jest.integration.config.js`): see jest.config.js.
  workerIdleMemoryLimit: '1GB',
};
