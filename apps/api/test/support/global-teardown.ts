export default async function globalTeardown(): Promise<void> {
  const globals = globalThis as Record<string, unknown>;
  const template = globals.__JOINTOPS_TEST_TEMPLATE__ as { drop(): Promise<void> } | undefined;
  await template?.drop().catch(() => undefined);
  const postgres = globals.__JOINTOPS_TEST_POSTGRES__ as { stop(): Promise<void> } | undefined;
  await postgres?.stop();
}
