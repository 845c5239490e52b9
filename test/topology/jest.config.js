// The production topology (docker/compose.yml without containers): two built API replicas in
// production mode behind Debian's nginx with docker/nginx.conf, on Redis and PostgreSQL.
// Needs `npm run build` first, nginx and openssl. Run with `npm run test:topology`.
module.exports = {
  ...require('../../jest.preset'),
  displayName: 'topology',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.topology-spec.ts'],
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
  testTimeout: 120000,
  maxWorkers: 1,
};
