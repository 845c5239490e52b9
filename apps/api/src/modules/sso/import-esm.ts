import { constants, Script } from 'node:vm';

/**
 * `import()` of an ES-module-only package (openid-client) from this CommonJS server, through
 * Node's own module loader wherever the caller runs. Plain `import()` works in the built server,
 * but jest runs code in a vm context that answers dynamic imports only under
 * `--experimental-vm-modules`; a function compiled with USE_MAIN_CONTEXT_DEFAULT_LOADER (Node
 * 20.12+) imports through the main context's loader in both, so the tests load the same library
 * the same way the server does.
 */
const load = new Script('(specifier) => import(specifier)', {
  filename: 'import-esm.js',
  importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
}).runInThisContext() as (specifier: string) => Promise<unknown>;

export function importEsm<T>(specifier: string): Promise<T> {
  return load(specifier) as Promise<T>;
}
