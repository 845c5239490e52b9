const preset = require('../../jest.preset');

// The web app loads its pages and sections with import(): in jest it is a require behind a promise
// (the shared preset keeps import() for the API's ES-module-only packages).
const [swc, swcOptions] = preset.transform['^.+\\.(t|j)sx?$'];
const transform = { '^.+\\.(t|j)sx?$': [swc, { ...swcOptions, module: { ...swcOptions.module, ignoreDynamic: false } }] };

module.exports = {
  ...preset,
  transform,
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
  setupFiles: ['<rootDir>/src/test/setup.ts'],
  setupFilesAfterEnv: ['<rootDir>/../../test/jest/console-error-guard.js'],
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '\\.css$': '<rootDir>/src/test/style-stub.js',
    'guide\\.md\\?raw$': '<rootDir>/src/test/guide-raw.js',
  },
};
