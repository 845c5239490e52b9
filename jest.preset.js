// Shared jest settings: SWC transpiles TypeScript (type-checking is `npm run typecheck`),
// keeping decorator metadata that NestJS dependency injection reads at run time.
const path = require('node:path');

const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs', ignoreDynamic: true },
    sourceMaps: 'inline',
  },
];

const libs = (name) => path.join(__dirname, 'libs', name, 'src', 'index.ts');

module.exports = {
  transform: { '^.+\\.(t|j)sx?$': swcTransform },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {
    '^@jointops/domain$': libs('domain'),
    '^@jointops/domain/passwords$': path.join(__dirname, 'libs', 'domain', 'src', 'passwords.ts'),
    '^@jointops/web-data$': libs('web-data'),
    '^@jointops/ui$': libs('ui'),
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
