module.exports = {
  ...require('../../jest.preset'),
  displayName: 'ui',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
  // A spec fails on any console.error, as the web app's do.
  setupFilesAfterEnv: ['<rootDir>/../../test/jest/console-error-guard.js'],
};
