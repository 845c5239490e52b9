import { spawn } from 'node:child_process';
import http from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort, sleep } from './net.mjs';

export const ROOT = join(import.meta.dirname, '..', '..');
const MAIN = join(ROOT, 'dist/apps/api/apps/api/src/main.js');
export const DEMO_PASSWORD = 'jointops-demo-2026';

/**
 * Starts the built API server on DATABASE_URL=databaseUrl. The first instance on an empty database
 * migrates and seeds demo data; start further instances after it is ready.
 * `nodeOptions` are extra node flags for the child (e.g. `--cpu-prof --cpu-prof-dir=…`); `port`
 * restarts an instance where its clients expect it (start it with `stablePort` so that port lies
 * outside the ephemeral range); /health/ready is polled every `pollMs`, and
 * `readyAt` is the performance.now() at which it first answered 200.
 */
export async function startApi({ databaseUrl, seed = true, env = {}, nodeOptions = '', name = 'api', port: wantedPort = null, stablePort = false, pollMs = 150 }) {
  const port = wantedPort ?? (await freePort({ outsideEphemeral: stablePort }));
  const flags = nodeOptions ? nodeOptions.split(/\s+/).filter(Boolean) : [];
  const child = spawn(process.execPath, ['--enable-source-maps', ...flags, MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'development',
      // The bench measures delivery, not sign-in: its accounts sign in with a password alone.
      JOINTOPS_MFA: 'optional',
      JOINTOPS_SEED_DEMO: seed ? 'true' : 'false',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-20000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let dead = null;
  void exited.then((result) => (dead = result));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  let readyAt;
  for (;;) {
    if (dead) throw new Error(`${name} exited (${JSON.stringify(dead)}) before it was ready:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} not ready after 90 s:\n${output}`);
    }
    try {
      const res = await fetch(`${url}/health/ready`);
      if (res.ok) {
        readyAt = performance.now();
        break;
      }
    } catch {
      /* not listening yet */
    }
    await sleep(pollMs);
  }
  return {
    name,
    url,
    port,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    pid: child.pid,
    readyAt,
    output: () => output,
    /** Kills the process with `signal` (SIGKILL: no shutdown hooks, sockets just drop) and waits for it to exit. */
    async kill(signal = 'SIGKILL') {
      if (dead) return;
      child.kill(signal);
      await exited;
    },
    async stop() {
      if (dead) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** POST a GraphQL operation over a keep-alive HTTP connection; resolves to the parsed body. */
export function gql(baseUrl, query, variables = {}, token = null) {
  const body = JSON.stringify({ query, variables });
  const url = new URL('/graphql', baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve(JSON.parse(text));
          } catch {
            reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 300)}`));
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** gql() that throws on any GraphQL error. */
export async function gqlOk(baseUrl, query, variables, token) {
  const result = await gql(baseUrl, query, variables, token);
  if (result.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(result.errors).slice(0, 500)}`);
  return result.data;
}

export async function login(baseUrl, email) {
  const data = await gqlOk(baseUrl, `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt user { id agency { id } } } }`, {
    email,
    password: DEMO_PASSWORD,
  });
  return data.login;
}

export const UPDATE_OBJECTIVE = `mutation($id: ID!, $expectedVersion: Int!, $patch: ObjectivePatch!) {
  updateObjective(id: $id, expectedVersion: $expectedVersion, patch: $patch) { id version title }
}`;

/** Starts one of bench/baselines/*.mjs as its own process on a free port and waits for /health/ready. */
export async function startBaselineServer(script, env = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'bench/baselines', script)], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let dead = null;
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve((dead = { code }))));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (dead) throw new Error(`${script} exited with ${dead.code}`);
    try {
      if ((await fetch(`${url}/health/ready`)).ok) break;
    } catch {
      /* starting */
    }
    if (i > 300) throw new Error(`${script} did not start`);
    await sleep(100);
  }
  return {
    url,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    pid: child.pid,
    async stop() {
      if (dead) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
