// Import rules ESLint cannot see: no import cycles anywhere in apps/ and libs/ (type-only imports
// count too), and the API's core/ stays below its feature modules. Run with `npm run depcruise`;
// `npm run lint` runs it as well (the root project's `depcruise` target).
// There are no known exceptions: a new cycle, or a core/ import of a feature module, fails lint.

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Import cycles (type-only imports included) make modules impossible to read, test or move alone. ' +
        'Break the cycle: move the shared type or function to the lower module.',
      from: { path: '^(apps|libs)/' },
      to: { circular: true },
    },
    {
      name: 'core-not-to-features',
      severity: 'error',
      comment:
        'apps/api/src/core/ is the framework layer under the feature modules: it may import modules/auth ' +
        '(sessions, guards, the WebSocket handshake) and nothing else from modules/.',
      from: { path: '^apps/api/src/core/' },
      to: { path: '^apps/api/src/modules/', pathNot: '^apps/api/src/modules/auth/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)node_modules/', '^dist/'] },
    // Type-only imports (`import type`) are dependencies too: a circle through them is still a circle.
    tsPreCompilationDeps: true,
    // Resolves the @jointops/* paths.
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    cache: false,
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
