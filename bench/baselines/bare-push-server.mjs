/**
 * Bare push baseline for scenario 1: the physical limit of the design (write to the table, wake
 * every instance, read once, push). No GraphQL execution at all:
 * - HTTP POST /graphql runs the objective update (updateObjectiveTx: UPDATE … WHERE version +
 *   event INSERT on the hash chain + pg_notify, one transaction) and answers
 *   `{ data: { updateObjective: { id version title } } }` whatever the query text says;
 * - every instance LISTENs, reads the new events once per wake-up, serializes each event's
 *   `next` payload ONCE, and writes to every subscribed socket a frame built by string
 *   concatenation with that socket's subscription id;
 * - WebSockets (the `ws` package, no graphql-ws) speak just enough graphql-transport-ws for
 *   bench/lib/ws-clients.mjs: connection_init → connection_ack, subscribe (variables.planId) →
 *   next…, complete, ping → pong. The payload has the shape of scenario 1's selection
 *   (`seq type at actor { id displayName } node { __typename … on Objective { id version title } }`).
 * Env: DATABASE_URL, PORT, BENCH_ACTOR_ID.
 */
import http from 'node:http';
import pg from 'pg';
import { WebSocketServer } from 'ws';
import { BASELINE_CHANNEL, updateObjectiveTx } from './write-tx.mjs';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const actorId = process.env.BENCH_ACTOR_ID;

/** planId -> { lastSeq, reading, again, subscribers: Set<{ socket, prefix }> } */
const plans = new Map();

function planState(planId) {
  let state = plans.get(planId);
  if (!state) {
    state = { lastSeq: null, reading: false, again: false, subscribers: new Set() };
    plans.set(planId, state);
  }
  return state;
}

/** One read per wake-up; each event serialized once, then one concatenated frame per socket. */
async function readNew(planId) {
  const state = planState(planId);
  if (state.reading || state.lastSeq === null) {
    state.again = true;
    return;
  }
  state.reading = true;
  try {
    do {
      state.again = false;
      const { rows } = await pool.query(
        `SELECT e.seq, e.type, e.at, e.data, u.id AS actor_id, u.display_name
           FROM plan_events e JOIN users u ON u.id = e.actor_id
          WHERE e.plan_id = $1 AND e.seq > $2 ORDER BY e.seq LIMIT 500`,
        [planId, state.lastSeq],
      );
      for (const row of rows) {
        const node = row.data ? { __typename: 'Objective', id: row.data.id, version: row.data.version, title: row.data.title } : null;
        const payload = JSON.stringify({
          data: { planEvents: { seq: row.seq, type: row.type, at: row.at.toISOString(), actor: { id: row.actor_id, displayName: row.display_name }, node } },
        });
        const suffix = `,"type":"next","payload":${payload}}`;
        for (const subscriber of state.subscribers) subscriber.socket.send(subscriber.prefix + suffix);
        state.lastSeq = row.seq;
      }
      if (rows.length === 500) state.again = true;
    } while (state.again);
  } finally {
    state.reading = false;
  }
}

async function subscribe(socket, subscriptions, id, variables) {
  const planId = variables?.planId;
  if (typeof planId !== 'string') {
    socket.send(JSON.stringify({ id, type: 'error', payload: [{ message: 'planId required' }] }));
    return;
  }
  const state = planState(planId);
  const subscriber = { socket, prefix: `{"id":${JSON.stringify(id)}` };
  if (state.lastSeq === null) {
    const { rows } = await pool.query('SELECT last_seq FROM plans WHERE id = $1', [planId]);
    state.lastSeq ??= rows[0]?.last_seq ?? 0;
    if (state.again) void readNew(planId);
  }
  state.subscribers.add(subscriber);
  subscriptions.set(id, () => state.subscribers.delete(subscriber));
}

function onConnection(socket) {
  /** subscription id -> unsubscribe */
  const subscriptions = new Map();
  let acknowledged = false;
  socket.on('message', (raw) => {
    let message;
    try {
      message = JSON.parse(raw.toString());
    } catch {
      socket.close(4400, 'Invalid message');
      return;
    }
    switch (message.type) {
      case 'connection_init':
        if (acknowledged) socket.close(4429, 'Too many initialisation requests');
        acknowledged = true;
        socket.send('{"type":"connection_ack"}');
        break;
      case 'subscribe':
        if (!acknowledged) socket.close(4401, 'Unauthorized');
        else void subscribe(socket, subscriptions, message.id, message.payload?.variables).catch((error) => socket.send(JSON.stringify({ id: message.id, type: 'error', payload: [{ message: String(error.message ?? error) }] })));
        break;
      case 'complete':
        subscriptions.get(message.id)?.();
        subscriptions.delete(message.id);
        break;
      case 'ping':
        socket.send('{"type":"pong"}');
        break;
      default:
        break;
    }
  });
  socket.on('close', () => {
    for (const unsubscribe of subscriptions.values()) unsubscribe();
    subscriptions.clear();
  });
}

const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
await listener.connect();
listener.on('notification', (message) => {
  const { planId } = JSON.parse(message.payload);
  if (plans.has(planId)) void readNew(planId);
});
await listener.query(`LISTEN ${BASELINE_CHANNEL}`);

const server = http.createServer((req, res) => {
  if (req.method !== 'POST') {
    res.writeHead(req.url === '/health/ready' ? 200 : 404).end();
    return;
  }
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', async () => {
    let body;
    try {
      const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const result = await updateObjectiveTx(pool, { id: variables.id, expectedVersion: variables.expectedVersion, title: variables.patch.title, actorId });
      body =
        result.conflict !== undefined
          ? JSON.stringify({ errors: [{ message: 'CONFLICT', extensions: { code: 'CONFLICT', currentVersion: result.conflict } }] })
          : JSON.stringify({ data: { updateObjective: { id: result.objective.id, version: result.objective.version, title: result.objective.title } } });
    } catch (error) {
      body = JSON.stringify({ errors: [{ message: String(error.message ?? error) }] });
    }
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
  });
});
const wss = new WebSocketServer({ server, path: '/graphql', perMessageDeflate: false });
wss.on('connection', onConnection);
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
