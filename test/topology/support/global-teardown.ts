import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__JOINTOPS_TOPOLOGY_POSTGRES__ as { postgres: { stop(): Promise<void> }; dir: string } | undefined;
  if (!state) return;
  await state.postgres.stop();
  rmSync(state.dir, { recursive: true, force: true });
}
