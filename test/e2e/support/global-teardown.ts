import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__JOINTOPS_E2E__ as { child: ChildProcess; dataDir: string } | undefined;
  if (!state) return;
  // SIGTERM lets the server stop its embedded PostgreSQL before the folder goes.
  const exited = new Promise((resolve) => state.child.once('exit', resolve));
  state.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
  state.child.stdout?.destroy();
  state.child.stderr?.destroy();
  state.child.unref();
  rmSync(state.dataDir, { recursive: true, force: true });
}
