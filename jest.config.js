// `npm test` runs every project: unit specs next to the code and the API integration specs.
// End-to-end specs (test/e2e) have their own config and run with `npm run e2e`.
module.exports = {
  // A global option: jest ignores testTimeout in a project's own config when it runs several
  // projects, so the integration specs' 30 s (they boot the server and build plans) is set here.
  testTimeout: 30000,
  // One worker per core, not jest's default of one fewer: the integration specs spend much of their
  // time waiting on PostgreSQL and sockets, and on two cores two workers take about half as long.
  maxWorkers: '100%',
  // A worker that holds more than this after a spec file is replaced by a fresh one. Each
  // integration spec boots the whole app, and a worker's heap grew by about 50 MB per spec file
  // (about 2.7 GB after 44 of them); the full API suite ran out of heap at 87 files. The growth is
  // jest's own with Node 16.11 and later (jestjs/jest#11956, for which this option was made): a
  // spec that only imports the app's bootstrap module grows the heap by about 24 MB per file
  // after a forced GC, with prom-client's process metrics on or off.
  workerIdleMemoryLimit: '1GB',
  projects: [
    '<rootDir>/libs/domain/jest.config.js',
    '<rootDir>/libs/web-data/jest.config.js',
    '<rootDir>/libs/ui/jest.config.js',
    '<rootDir>/apps/web/jest.config.js',
    '<rootDir>/apps/api/jest.config.js',
    '<rootDir>/apps/api/jest.integration.config.js',
  ],
};
