import 'reflect-metadata';
import { configProblems, DEFAULT_DEMO_PASSWORD, loadConfig } from './core/config/app-config';
import { createLogger, progressReporter } from './core/logging/logger';
import { createApp } from './bootstrap';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './database/embedded-database';
import { assertPortFree } from './core/web/port-free';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const progress = progressReporter(config, logger);

  const problems = configProblems(config);
  if (problems.length > 0) {
    process.stderr.write(`JointOps cannot start:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\n`);
    process.exit(78);
  }

  await assertPortFree(config.port, config.host);

  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedDatabase(config.dataDir, config.embeddedPostgresPort, progress);
    databaseUrl = embedded.url;
  } else {
    progress('using the PostgreSQL at DATABASE_URL');
  }

  progress('migrating the database');
  const { app, seed, servesWebApp } = await createApp({ ...config, databaseUrl }, logger);
  if (seed.demoAccounts) {
    progress(`seeded demo data; sign in with any of these (password: ${config.demoPassword === DEFAULT_DEMO_PASSWORD ? DEFAULT_DEMO_PASSWORD : 'the one in JOINTOPS_DEMO_PASSWORD'})`);
    for (const account of seed.demoAccounts) progress(`  ${account.email.padEnd(34)} ${account.roles.join(', ').padEnd(12)} ${account.agency}`);
  }
  if (seed.adminCreated) progress(`created administrator ${seed.adminCreated}`);
  if (!servesWebApp) progress(`no built web app at ${config.webDir}; run \`npm run build\` to serve it here`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    progress(`${signal}: shutting down`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  await app.listen(config.port, config.host);
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  progress(`listening on http://${shown}:${config.port} (GraphQL and WebSocket at /graphql)`);
}

main().catch((error: unknown) => {
  process.stderr.write(`JointOps failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
