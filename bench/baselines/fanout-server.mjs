/**
 * Baseline for scenario 1: a bare graphql-ws server on graphql-js, no framework. HTTP POST
 * /graphql runs the mutation (updateObjectiveTx: UPDATE + event INSERT + NOTIFY in one
 * transaction); every instance LISTENs, reads new events once per wake-up and pushes them to
 * its subscribers. Env: DATABASE_URL, PORT.
 */
import http from 'node:http';
import { buildSchema, graphql } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import pg from 'pg';
import { WebSocketServer } from 'ws';
import { BASELINE_CHANNEL, updateObjectiveTx } from './write-tx.mjs';

const schema = buildSchema(`
  type Query { ok: Boolean }
  type User { id: ID! displayName: String! }
  type Objective { id: ID! version: Int! position: Int! title: String! description: String! successCriteria: String! priority: String! }
  union PlanNode = Objective
  type PlanEvent { seq: Int! type: String! at: String! entityType: String! entityId: ID! revision: Int! actor: User! node: PlanNode }
  input ObjectivePatch { title: String }
  type Mutation { updateObjective(id: ID!, expectedVersion: Int!, patch: ObjectivePatch!): Objective! }
  type Subscription { planEvents(planId: ID!, afterSeq: Int): PlanEvent! }
`);

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const actorId = process.env.BENCH_ACTOR_ID;

/** planId -> { lastSeq, subscribers: Set<queue> } */
const plans = new Map();

function planState(planId) {
  let state = plans.get(planId);
  if (!state) {
    state = { lastSeq: null, reading: false, again: false, subscribers: new Set() };
    plans.set(planId, state);
  }
  return state;
}

async function readNew(planId) {
  const state = planState(planId);
  if (state.reading) {
    state.again = true;
    return;
  }
  state.reading = true;
  try {
    do {
      state.again = false;
      const { rows } = await pool.query(
        `SELECT e.seq, e.type, e.at, e.entity_type, e.entity_id, e.revision, e.data, u.id AS actor_id, u.display_name
           FROM plan_events e JOIN users u ON u.id = e.actor_id
          WHERE e.plan_id = $1 AND e.seq > $2 ORDER BY e.seq LIMIT 500`,
        [planId, state.lastSeq],
      );
      for (const row of rows) {
        const event = {
          seq: row.seq,
          type: row.type,
          at: row.at.toISOString(),
          entityType: row.entity_type,
          entityId: row.entity_id,
          revision: row.revision,
          actor: { id: row.actor_id, displayName: row.display_name },
          node: row.data ? { __typename: 'Objective', ...row.data } : null,
        };
        for (const queue of state.subscribers) queue.push({ planEvents: event });
        state.lastSeq = row.seq;
      }
      if (rows.length === 500) state.again = true;
    } while (state.again);
  } finally {
    state.reading = false;
  }
}

function queueFor(onClose) {
  const values = [];
  const waiting = [];
  let done = false;
  return {
    push(value) {
      const waiter = waiting.shift();
      if (waiter) waiter({ value, done: false });
      else values.push(value);
    },
    next() {
      if (values.length) return Promise.resolve({ value: values.shift(), done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return() {
      done = true;
      onClose();
      for (const waiter of waiting.splice(0)) waiter({ value: undefined, done: true });
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

const roots = {
  mutation: {
    async updateObjective({ id, expectedVersion, patch }) {
      const result = await updateObjectiveTx(pool, { id, expectedVersion, title: patch.title, actorId });
      if (result.conflict !== undefined) throw new Error(`CONFLICT ${result.conflict}`);
      return result.objective;
    },
  },
  subscription: {
    async planEvents({ planId }) {
      const state = planState(planId);
      if (state.lastSeq === null) {
        const { rows } = await pool.query('SELECT last_seq FROM plans WHERE id = $1', [planId]);
        state.lastSeq ??= rows[0].last_seq;
      }
      const queue = queueFor(() => state.subscribers.delete(queue));
      state.subscribers.add(queue);
      return queue;
    },
  },
};

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
    const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const result = await graphql({ schema, source: query, variableValues: variables, rootValue: roots.mutation });
    const body = JSON.stringify(result);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
  });
});
const wss = new WebSocketServer({ server, path: '/graphql' });
useServer({ schema, roots: { subscription: roots.subscription } }, wss);
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
