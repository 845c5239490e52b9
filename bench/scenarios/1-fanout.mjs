import { performance } from 'node:perf_hooks';
import { gql, gqlOk, login, startBaselineServer, UPDATE_OBJECTIVE } from '../lib/api.mjs';
import { sleep } from '../lib/net.mjs';
import { createBenchPlan, freshEnvironment, READER_EMAIL, WRITER_EMAIL } from '../lib/setup.mjs';
import { round, summary } from '../lib/stats.mjs';
import { subscribeMany } from '../lib/ws-clients.mjs';

const SUBSCRIPTION = `subscription($planId: ID!) {
  planEvents(planId: $planId) { seq type at actor { id displayName } node { __typename ... on Objective { id version title } } }
}`;

/**
 * 1. Fan-out: two API instances on one database, N graphql-ws subscribers spread over both, one
 * writer making sequential objective updates through instance 1. Latency = time from sending
 * the mutation to each subscriber receiving its event (one clock: the bench process).
 */
export default {
  id: 'fanout',
  title: '1. Fan-out',
  async run(ctx) {
    const subscribers = ctx.quick ? 200 : 1000;
    const updates = ctx.quick ? 50 : 200;
    const { progress } = ctx;
    progress.phase('starting 2 API instances', 2);
    const env = await freshEnvironment(ctx, 'fanout', { instances: 2 });
    try {
      const [a, b] = env.apis;
      const writer = await login(a.url, WRITER_EMAIL);
      const reader = await login(a.url, READER_EMAIL);
      const { planId, objectiveIds } = await createBenchPlan(a, writer.token, { title: 'Fan-out plan' });
      const objectiveId = objectiveIds[0];
      let version = 1;
      const mutate = async (title) => {
        const result = await gql(a.url, UPDATE_OBJECTIVE, { id: objectiveId, expectedVersion: version, patch: { title } }, writer.token);
        if (result.errors) throw new Error(JSON.stringify(result.errors));
        version = result.data.updateObjective.version;
      };
      const jointops = await measure(ctx, { label: 'JointOps', wsUrls: [a.wsUrl, b.wsUrl], token: reader.token, planId, subscribers, updates, mutate });
      await Promise.all(env.apis.map((api) => api.stop()));

      // Baseline on the same database, plan and objective, after the API instances stopped.
      progress.phase('starting 2 baseline servers', 2);
      const serverEnv = { DATABASE_URL: env.directUrl, BENCH_ACTOR_ID: writer.user.id };
      const base = [await startBaselineServer('fanout-server.mjs', serverEnv), await startBaselineServer('fanout-server.mjs', serverEnv)];
      try {
        const baseMutate = async (title) => {
          const data = await gqlOk(base[0].url, UPDATE_OBJECTIVE, { id: objectiveId, expectedVersion: version, patch: { title } });
          version = data.updateObjective.version;
        };
        const baseline = await measure(ctx, { label: 'baseline', wsUrls: base.map((s) => s.wsUrl), token: null, planId, subscribers, updates, mutate: baseMutate });
        const expected = subscribers * updates;
        const target = `p99 <= 100 ms and <= 2x baseline`;
        return {
          rows: [
            { scenario: '1. Fan-out', figure: `latency p50 (ms), ${subscribers} subs x ${updates} updates`, jointops: round(jointops.latency.p50), baseline: round(baseline.latency.p50), ratio: ratio(jointops.latency.p50, baseline.latency.p50) },
            {
              scenario: '1. Fan-out',
              figure: 'latency p99 (ms)',
              jointops: round(jointops.latency.p99),
              baseline: round(baseline.latency.p99),
              ratio: ratio(jointops.latency.p99, baseline.latency.p99),
              target,
              met: jointops.latency.p99 <= 100 && jointops.latency.p99 <= 2 * baseline.latency.p99,
            },
            { scenario: '1. Fan-out', figure: 'latency max (ms)', jointops: round(jointops.latency.max), baseline: round(baseline.latency.max), ratio: ratio(jointops.latency.max, baseline.latency.max) },
            {
              scenario: '1. Fan-out',
              figure: 'events delivered',
              jointops: jointops.delivered,
              baseline: baseline.delivered,
              target: `exactly ${expected}, in order, no duplicates`,
              met: jointops.delivered === expected && jointops.duplicates === 0 && jointops.outOfOrder === 0 && jointops.errors === 0,
            },
          ],
          details: { subscribers, updates, jointops, baseline },
        };
      } finally {
        await Promise.all(base.map((server) => server.stop()));
      }
    } finally {
      await env.cleanup();
    }
  },
};

function ratio(a, b) {
  return b > 0 ? round(a / b, 2) : null;
}

async function measure(ctx, { label, wsUrls, token, planId, subscribers, updates, mutate }) {
  const { progress } = ctx;
  const sentAt = new Map(); // seq -> performance.now() when its mutation was sent
  const latencies = new Float64Array(subscribers * updates);
  let delivered = 0;
  let duplicates = 0;
  let outOfOrder = 0;
  let errors = 0;
  const lastSeq = new Int32Array(subscribers);
  let firstSeq = Infinity; // seq of the first measured update
  const onEvent = (index, data, receivedAt) => {
    const seq = data.planEvents.seq;
    if (seq <= lastSeq[index]) duplicates++;
    else if (lastSeq[index] !== 0 && seq !== lastSeq[index] + 1) outOfOrder++;
    lastSeq[index] = Math.max(lastSeq[index], seq);
    if (seq < firstSeq) return;
    const sent = sentAt.get(seq);
    if (sent === undefined) return;
    latencies[delivered++] = receivedAt - sent;
  };
  progress.phase(`${label}: opening ${subscribers} subscribers`, subscribers);
  const clients = await subscribeMany({
    count: subscribers,
    urls: wsUrls,
    token,
    query: SUBSCRIPTION,
    variables: { planId },
    onEvent,
    onError: () => errors++,
    onProgress: (n) => progress.update(n),
  });
  try {
    // Warm-up: one update every subscriber must see before measuring (so all are live).
    progress.phase(`${label}: warm-up`, subscribers);
    const live = () => lastSeq.reduce((n, seq) => n + (seq > 0 ? 1 : 0), 0);
    for (let attempt = 0; live() < subscribers; attempt++) {
      if (attempt % 50 === 0) await mutate(`warm-up ${attempt}`);
      if (attempt > 600) throw new Error(`${label}: only ${live()}/${subscribers} subscribers live after warm-up`);
      await sleep(100);
      progress.update(live());
    }
    // All warm-up events delivered; measured events start after the current head.
    const head = Math.max(...lastSeq);
    await sleep(300);
    firstSeq = head + 1;
    progress.phase(`${label}: ${updates} sequential updates`, updates);
    for (let i = 0; i < updates; i++) {
      sentAt.set(firstSeq + i, performance.now());
      await mutate(`Fan-out update ${i + 1}`);
      progress.update(i + 1);
    }
    const expected = subscribers * updates;
    const deadline = Date.now() + 60_000;
    while (delivered < expected && Date.now() < deadline) await sleep(50);
    await sleep(500); // anything extra (duplicates) arrives now
  } finally {
    for (const client of clients) client.close();
  }
  const latency = summary(latencies.subarray(0, delivered));
  return { delivered, duplicates, outOfOrder, errors, latency: { p50: latency.p50, p90: latency.p90, p99: latency.p99, max: latency.max, mean: latency.mean } };
}
