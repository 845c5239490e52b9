// Import rules ESLint cannot see: no import cycles anywhere in apps/ and libs/ (type-only imports
// count too), and the API's core/ stays below its feature modules. Run with `npm run depcruise`;
// `npm run lint` runs it as well (the root project's `depcruise` target).
//
// Known exceptions are listed here, each with its reason, so that the check passes today and
// cannot get worse. dependency-cruiser does not warn when an exception no longer excuses
// anything: delete it together with the code it excused.

/** core/ files that still import feature modules besides auth. */
const CORE_KNOWN_FEATURE_IMPORTS = [
  // Known exception, removed by the restructuring: the dataloaders batch plans, objectives,
  // timeline events, agencies and users by importing those modules' entities and services.
  '^apps/api/src/core/dataloaders/',
];

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
      from: { path: '^apps/api/src/core/', pathNot: CORE_KNOWN_FEATURE_IMPORTS },
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
