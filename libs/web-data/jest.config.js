module.exports = {
  ...require('../../jest.preset'),
  displayName: 'web-data',
  rootDir: __dirname,
  // Node's own fetch/Response serve the link tests; specs that need a browser (localStorage)
  // opt in with a `@jest-environment jsdom` docblock.
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
