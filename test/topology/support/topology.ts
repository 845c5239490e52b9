import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { request } from './https';
import { startNginx, makeCertificate } from './nginx';
import { freePort, start, waitFor, type Started } from './processes';

const ROOT = join(__dirname, '..', '..', '..');
const SERVER = join(ROOT, 'dist/apps/api/apps/api/src/main.js');

export const ADMIN = { email: 'topology-admin@agency.example', password: 'a-long-topology-passphrase' };

export interface Replica {
  name: string;
  port: number;
  process: Started;
}

export interface Topology {
  /** nginx's TLS server: `https://127.0.0.1:<port>`; what a browser would open. */
  url: string;
  /** nginx's plain-HTTP server. */
  httpUrl: string;
  /** The self-signed certificate nginx serves; clients trust it. */
  ca: Buffer;
  replicas: Replica[];
  databaseUrl: string;
  /** Lines of nginx's access log: `<method> <uri> <status> upstream=<address[, address]>`. */
  accessLog(): string[];
  /** A gauge of one replica's /metrics, read directly (not through nginx), e.g. `jointops_open_sockets`. */
  gauge(replica: Replica, series: string): Promise<number>;
  stop(): Promise<void>;
}

/**
 * docker/compose.yml without containers: a fresh database, Redis, two replicas of the built API
 * started together in production mode, and nginx in front with docker/nginx.conf. Everything it
 * starts is stopped by `stop()` (by PID), also when starting fails halfway.
 */
export async function startTopology(): Promise<Topology> {
  const cleanups: Array<() => Promise<void> | void> = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => undefined);
  };
  try {
    const dir = mkdtempSync(join(tmpdir(), 'jointops-topology-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));

    const databaseUrl = await createDatabase(cleanups);
    const redisUrl = await redis(cleanups);
    const metricsToken = randomBytes(16).toString('hex');
    const replicas: Replica[] = [];
    const ports = [await freePort(), await freePort()];
    // Both at once, as compose starts them: migrations and the seed take turns under advisory locks.
    for (const [index, port] of ports.entries()) {
      const name = `replica-${index + 1}`;
      const replica = { name, port, process: start(name, process.execPath, [SERVER], replicaEnv(port, databaseUrl, redisUrl, metricsToken), ROOT) };
      cleanups.push(() => replica.process.stop());
      replicas.push(replica);
    }
    await Promise.all(replicas.map((replica) => waitReady(replica)));

    const certDir = join(dir, 'certs');
    const ca = makeCertificate(certDir);
    const [http, https] = [await freePort(), await freePort()];
    const nginxDir = join(dir, 'nginx');
    const nginx = await startNginx(nginxDir, readFileSync(join(ROOT, 'docker/nginx.conf'), 'utf8'), {
      upstreams: ports.map((port) => `127.0.0.1:${port}`),
      http,
      https,
      certDir,
    });
    cleanups.push(() => nginx.stop());

    return {
      url: `https://127.0.0.1:${https}`,
      httpUrl: `http://127.0.0.1:${http}`,
      ca,
      replicas,
      databaseUrl,
      accessLog: () => readFileSync(join(nginxDir, 'access.log'), 'utf8').split('\n').filter(Boolean),
      async gauge(replica, series) {
        const metrics = await request(`http://127.0.0.1:${replica.port}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
        const line = metrics.body.split('\n').find((text) => text.startsWith(`${series} `));
        if (metrics.status !== 200 || !line) throw new Error(`no ${series} on ${replica.name}: HTTP ${metrics.status}`);
        return Number(line.slice(series.length + 1));
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The api service's environment in docker/compose.yml, with this machine's addresses. */
function replicaEnv(port: number, databaseUrl: string, redisUrl: string, metricsToken: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    JOINTOPS_ADMIN_EMAIL: ADMIN.email,
    JOINTOPS_ADMIN_PASSWORD: ADMIN.password,
    JOINTOPS_ADDRESS_HASH_KEY: 'topology-address-hash-key-of-32-or-more-characters',
    // nginx's address here, as compose names nginx's fixed address.
    JOINTOPS_TRUSTED_PROXIES: '127.0.0.1',
    // Lets the test ask each replica directly how many sockets it holds.
    JOINTOPS_METRICS_TOKEN: metricsToken,
    // The topology test is about proxies, replicas and sockets; the production e2e covers the
    // second factor production requires, so here accounts sign in with a password alone.
    JOINTOPS_MFA: 'optional',
    LOG_LEVEL: 'warn',
  };
}

async function waitReady(replica: Replica): Promise<void> {
  await waitFor(
    `${replica.name} to be ready`,
    async () => {
      const ended = replica.process.exit();
      if (ended) throw new Error(`${replica.name} exited (${JSON.stringify(ended)}) before it was ready:\n${replica.process.output()}`);
      return (await request(`http://127.0.0.1:${replica.port}/health/ready`).catch(() => null))?.status === 200;
    },
    { timeoutMs: 90_000 },
  );
}

/** A fresh database on TOPOLOGY_POSTGRES_URL's server (see global-setup.ts), dropped at the end. */
async function createDatabase(cleanups: Array<() => Promise<void> | void>): Promise<string> {
  const serverUrl = process.env.TOPOLOGY_POSTGRES_URL;
  if (!serverUrl) throw new Error('TOPOLOGY_POSTGRES_URL is not set: run through `npm run test:topology`.');
  const name = `jointops_topology_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  cleanups.push(async () => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => client.end());
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * REDIS_URL when set (the live transport has one fixed channel, so runs sharing a Redis hear each
 * other's wake-ups; they name plans and sessions by random ids, so they wake nothing here).
 * Otherwise a redis-server of our own, run as compose runs it.
 */
async function redis(cleanups: Array<() => Promise<void> | void>): Promise<string> {
  if (process.env.REDIS_URL) return process.env.REDIS_URL;
  const port = await freePort();
  const server = start('redis', 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { PATH: process.env.PATH ?? '' });
  cleanups.push(() => server.stop());
  await waitFor('redis-server to answer', async () => {
    if (server.exit()) throw new Error(`redis-server exited:\n${server.output()}`);
    return ping(port);
  });
  return `redis://127.0.0.1:${port}`;
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
    socket.once('data', (data) => (socket.destroy(), resolve(data.toString().startsWith('+PONG'))));
    socket.once('error', () => resolve(false));
  });
}
