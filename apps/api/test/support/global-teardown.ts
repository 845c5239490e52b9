export default async function globalTeardown(): Promise<void> {
  const postgres = (globalThis as Record<string, unknown>).__JOINTOPS_TEST_POSTGRES__ as { stop(): Promise<void> } | undefined;
  await postgres?.stop();
}
