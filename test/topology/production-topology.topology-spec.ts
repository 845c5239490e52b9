import { Client } from 'pg';
import { chromium } from 'playwright-core';
import { request, timesSent } from './support/https';
import { LivePlanClient } from './support/live-client';
import { waitFor } from './support/processes';
import { ADMIN, startTopology, type Replica, type Topology } from './support/topology';

/**
 * docker/compose.yml run for real, without containers (see support/topology.ts and, for how the
 * nginx config differs from docker/nginx.conf, support/nginx.ts). Needs `npm run build`.
 */
describe('the production topology: two replicas behind nginx, on Redis and PostgreSQL', () => {
  let topology: Topology;

  beforeAll(async () => {
    topology = await startTopology();
  }, 180_000);

  afterAll(async () => {
    await topology?.stop();
  });

  async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const response = await request(`${topology.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      ca: topology.ca,
    });
    const body = JSON.parse(response.body);
    if (response.status !== 200 || body.errors) throw new Error(`HTTP ${response.status}: ${response.body.slice(0, 500)}`);
    return body.data;
  }

  const login = async (email: string, password: string) =>
    (await gql(`mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`, { email, password })).login.token as string;

  it('serves the web app and GraphQL through nginx over TLS with the API’s security headers, each once, the app’s files gzipped and GraphQL’s answers not; plain HTTP is redirected', async () => {
    for (const path of ['/', '/plans']) {
      const page = await request(`${topology.url}${path}`, { headers: { accept: 'text/html' }, ca: topology.ca });
      expect([path, page.status]).toEqual([path, 200]);
      expect(page.body).toMatch(/<div id="root">/);
      // The API sends them; nginx adds none, so none is sent twice.
      for (const header of ['content-security-policy', 'strict-transport-security', 'x-content-type-options', 'x-frame-options', 'referrer-policy']) {
        expect([path, header, timesSent(page, header)]).toEqual([path, header, 1]);
      }
      expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
      const script = /<script[^>]+src="([^"]+\.js)"/.exec(page.body)?.[1];
      expect(script).toBeDefined();
      // Asked for as a browser does, the app's files come gzipped (docker/nginx.conf).
      const asset = await request(`${topology.url}${script}`, { headers: { 'accept-encoding': 'gzip, deflate, br' }, ca: topology.ca });
      expect([script, asset.status, asset.headers['content-type'], asset.headers['content-encoding'], asset.headers.vary]).toEqual([
        script,
        200,
        expect.stringMatching(/javascript/),
        'gzip',
        expect.stringMatching(/Accept-Encoding/i),
      ]);
    }

    const token = await login(ADMIN.email, ADMIN.password);
    expect((await gql(`{ me { roles } }`, {}, token)).me.roles).toEqual(['ADMIN']);
    // GraphQL answers are never compressed (BREACH), whatever the client accepts.
    const answer = await request(`${topology.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip', authorization: `Bearer ${token}` },
      // Fifteen aliases (the limit) make an answer longer than nginx's gzip_min_length.
      body: JSON.stringify({ query: `{ ${Array.from({ length: 15 }, (_, i) => `m${i}: me { id email displayName roles }`).join(' ')} }` }),
      ca: topology.ca,
    });
    expect([answer.status, answer.headers['content-encoding']]).toEqual([200, undefined]);
    expect(answer.body.length).toBeGreaterThan(1024);

    // docker/nginx.conf sends plain HTTP to https://$host (port 443 in compose), except the liveness check.
    const redirect = await request(`${topology.httpUrl}/plans`);
    expect([redirect.status, redirect.headers.location]).toEqual([301, 'https://127.0.0.1/plans']);
    expect((await request(`${topology.httpUrl}/health/live`)).status).toBe(200);
  });

  it('a browser signs in through the page over TLS: the Secure, HttpOnly session cookie is kept and sent through nginx, on HTTP and on the WebSocket upgrade', async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      // The test's self-signed certificate: the connection is still TLS, which is what Secure needs.
      const context = await browser.newContext({ baseURL: topology.url, ignoreHTTPSErrors: true });
      const page = await context.newPage();
      await page.goto('/sign-in');
      await page.getByLabel('Email').fill(ADMIN.email);
      await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/sign-in') && url.pathname !== '/');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const [cookie] = (await context.cookies()).filter((c) => c.name === 'jointops_session');
      expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict', path: '/' });
      // The live connection carries nothing but the cookie: nginx passes it on the upgrade, and the
      // replica accepts the page's own Origin.
      const ack = await page.evaluate(
        (url) =>
          new Promise<string>((resolve) => {
            const socket = new WebSocket(url, 'graphql-transport-ws');
            socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init' }));
            socket.onmessage = (event) => {
              resolve(JSON.parse(String(event.data)).type);
              socket.close();
            };
            socket.onclose = (event) => resolve(`closed ${event.code}`);
          }),
        `${topology.url.replace('https:', 'wss:')}/graphql`,
      );
      expect(ack).toBe('connection_ack');
    } finally {
      await browser.close();
      // nginx logs a socket when it closes: let the browser's sockets reach the log before the next test reads it.
      let lines = -1;
      while (lines !== topology.accessLog().length) {
        lines = topology.accessLog().length;
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    }
  });

  it('keeps a live plan when the replica its socket is on is killed: it reconnects through nginx to the other and catches up with afterSeq, every event once and in order', async () => {
    const admin = await login(ADMIN.email, ADMIN.password);
    const agencyId = (await gql(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, { input: { name: 'Topology Test Agency', shortName: 'TOPO', level: 'STATE' } }, admin))
      .createAgency.id;
    const planner = { email: 'planner@topology.example', password: 'a-long-planner-passphrase' };
    await gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input: { ...planner, displayName: 'Topology Planner', agencyId, roles: ['PLANNER'] } }, admin);
    const token = await login(planner.email, planner.password);
    const plan = (await gql(`mutation($input: CreatePlanInput!) { createPlan(input: $input) { id lastSeq } }`, { input: { title: 'Operation Failover' } }, token)).createPlan;
    const lastSeq = async (): Promise<number> => (await gql(`query($id: ID!) { plan(id: $id) { lastSeq } }`, { id: plan.id }, token)).plan.lastSeq;
    const objectives: string[] = [];
    const edit = async () => {
      const input = { title: `Objective ${objectives.length + 1}` };
      objectives.push((await gql(`mutation($planId: ID!, $input: ObjectiveInput!) { addObjective(planId: $planId, input: $input) { id } }`, { planId: plan.id, input }, token)).addObjective.id);
    };

    const sockets = () => Promise.all(topology.replicas.map((replica) => topology.gauge(replica, 'jointops_open_sockets')));
    const streams = async () => (await Promise.all(topology.replicas.map((replica) => topology.gauge(replica, 'jointops_open_subscriptions{kind="planEvents"}')))).reduce((a, b) => a + b);

    // The plan is loaded at its lastSeq; the page then follows it live, through nginx, like a browser.
    const client = new LivePlanClient({ url: `${topology.url.replace('https:', 'wss:')}/graphql`, origin: topology.url, ca: topology.ca, token, planId: plan.id, loadedSeq: plan.lastSeq });
    const explain = () => `client: ${client.describe()}\nnginx: ${topology.accessLog().slice(-6).join('\n       ')}`;
    try {
      // Nobody edits until the stream is open on its replica: an edit that commits while planEvents is
      // still opening is sent again from seq 1 today (the stream's wake-up runs before it has read
      // where to start; see plan-event-stream.service.ts), which the wire check below would count twice.
      await waitFor('the page to follow the plan', async () => (await streams()) === 1, { explain });

      // Edits go round-robin to both replicas; the one holding the socket hears the other's through Redis.
      const logStart = topology.accessLog().length;
      for (let i = 0; i < 4; i++) await edit();
      const beforeKill = await lastSeq();
      await waitFor('the client to apply the first edits', () => client.lastApplied === beforeKill, { explain });
      const editedOn = new Set(topology.accessLog().slice(logStart).filter((line) => line.startsWith('POST /graphql 200')).map((line) => line.split('upstream=')[1]));
      expect([...editedOn].sort()).toEqual(topology.replicas.map((replica) => `127.0.0.1:${replica.port}`).sort());
      expect(await liveListenersOnPostgres(topology.databaseUrl)).toBe(0);

      // Which replica holds the socket: ask each directly.
      const before = await sockets();
      expect([...before].sort()).toEqual([0, 1]);
      const doomed = topology.replicas[before.indexOf(1)];
      const survivor = topology.replicas.find((replica) => replica !== doomed) as Replica;

      // Killed without warning. The client's reconnect is held so the next edits happen while it is away.
      client.holdReconnects();
      process.kill(doomed.process.child.pid as number, 'SIGKILL');
      await doomed.process.exited;
      await waitFor('the client to lose its socket', () => client.closeCodes.length === 1, { explain });
      for (let i = 0; i < 3; i++) await edit();
      const whileAway = await lastSeq();
      expect(client.lastApplied).toBe(beforeKill);

      client.releaseReconnects();
      await waitFor('the client to reconnect and catch up', () => client.lastApplied === whileAway, { explain });
      expect(client.connections).toBe(2);
      expect(await topology.gauge(survivor, 'jointops_open_sockets')).toBe(1);

      // Live again, on the survivor.
      for (let i = 0; i < 2; i++) await edit();
      const end = await lastSeq();
      await waitFor('the client to apply the last edits', () => client.lastApplied === end, { explain });

      // Every event once, in order: what the client applied is the plan's log after the loaded seq.
      const log = (await gql(`query($id: ID!, $after: Int) { plan(id: $id) { events(afterSeq: $after, limit: 100) { seq type entityId } } }`, { id: plan.id, after: plan.lastSeq }, token)).plan.events;
      expect(client.applied).toEqual(log);
      expect(client.applied.map((event) => event.seq)).toEqual(range(plan.lastSeq + 1, end));
      expect(client.applied.map((event) => event.entityId)).toEqual(objectives);
      // On the wire too: the second subscription started where the first stopped, and nothing came twice.
      expect(client.subscriptions.map(({ afterSeq, connection }) => ({ afterSeq, connection }))).toEqual([
        { afterSeq: plan.lastSeq, connection: 1 },
        { afterSeq: beforeKill, connection: 2 },
      ]);
      expect(client.subscriptions.flatMap((subscription) => subscription.received.map((event) => event.seq))).toEqual(range(plan.lastSeq + 1, end));
      expect(client.errors).toEqual([]);

      // nginx logs a WebSocket when it closes: the first was on the killed replica, the second on the
      // survivor (nginx may have tried the dead one first: it logs every upstream it tried).
      await client.close();
      const webSockets = () =>
        topology
          .accessLog()
          .slice(logStart)
          .filter((line) => line.startsWith('GET /graphql 101'));
      await waitFor('nginx to log both sockets', () => webSockets().length === 2, { explain });
      expect(webSockets().map((line) => line.split('upstream=')[1].split(', ').at(-1))).toEqual([`127.0.0.1:${doomed.port}`, `127.0.0.1:${survivor.port}`]);
    } finally {
      await client.close();
    }
  });
});

/** Replicas listening with PostgreSQL LISTEN/NOTIFY, the transport used when REDIS_URL is not set. */
async function liveListenersOnPostgres(databaseUrl: string): Promise<number> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(`SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'jointops-live'`);
    return rows[0].count;
  } finally {
    await db.end();
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}
