import Module from 'node:module';
import { join } from 'node:path';

/**
 * Global setup runs outside jest's module registry, so the preset's moduleNameMapper does not
 * apply here: map `@jointops/<lib>` to its source, as the preset does, for what migrations import.
 */
export function resolveWorkspaceLibs(): void {
  const root = join(__dirname, '..', '..', '..', '..');
  const loader = Module as unknown as { _resolveFilename(request: string, ...rest: unknown[]): string };
  const original = loader._resolveFilename;
  loader._resolveFilename = function (request: string, ...rest: unknown[]) {
    const lib = /^@jointops\/([a-z-]+)$/.exec(request)?.[1];
    return lib ? join(root, 'libs', lib, 'src', 'index.ts') : original.call(this, request, ...rest);
  };
}

resolveWorkspaceLibs();
