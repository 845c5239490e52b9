import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const SERVER = join(ROOT, 'dist/apps/api/apps/api/src/main.js');

/** Starts the built server exactly as `npm run serve` does, on fresh demo data. */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(SERVER) || !existsSync(join(ROOT, 'dist/apps/web/index.html'))) {
    throw new Error('Build first: `npm run build` (npm run e2e does it for you).');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'jointops-e2e-'));
  chmodSync(dataDir, 0o755);
  const [port, pgPort] = [await freePort(), await freePort()];
  const child = spawn(process.execPath, [SERVER], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      JOINTOPS_DATA_DIR: dataDir,
      JOINTOPS_EMBEDDED_PG_PORT: String(pgPort),
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/health/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (Date.now() >= deadline) throw new Error(`server did not become ready:\n${output}`);

  Object.assign(globalThis, { __JOINTOPS_E2E__: { child, dataDir } });
  process.env.E2E_BASE_URL = baseUrl;
  // The embedded server's cluster, for specs that need a database of their own.
  process.env.E2E_POSTGRES_URL = `postgres://jointops:jointops@127.0.0.1:${pgPort}/jointops`;
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
