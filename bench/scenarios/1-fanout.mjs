import { performance } from 'node:perf_hooks';
import { gql, gqlOk, login, startBaselineServer, UPDATE_OBJECTIVE } from '../lib/api.mjs';
import { sleep } from '../lib/net.mjs';
import { REDIS_URL, redisAnswers, rssMB, sampleRss } from '../lib/proc.mjs';
import { createBenchPlan, freshEnvironment, READER_EMAIL, WRITER_EMAIL } from '../lib/setup.mjs';
import { round, summary } from '../lib/stats.mjs';
import { subscribeMany } from '../lib/ws-clients.mjs';

const SUBSCRIPTION = `subscription($planId: ID!) {
  planEvents(planId: $planId) { seq type at actor { id displayName } node { __typename ... on Objective { id version title } } }
}`;

const SCENARIO = '1. Fan-out';

/**
 * 1. Fan-out: two API instances on one database, N graphql-ws subscribers spread over both, one
 * writer making sequential objective updates through instance 1. Latency = time from sending
 * the mutation to each subscriber receiving its event (one clock: the bench process).
 * JointOps runs twice on the same plan: with the PostgreSQL LISTEN/NOTIFY transport, then with
 * Redis (skipped when no Redis answers). Then the two baselines on the same database: the bare
 * push server (the limit of the design; the ratios are against it) and the graphql-js server.
 */
export default {
  id: 'fanout',
  title: SCENARIO,
  async run(ctx) {
    const subscribers = ctx.quick ? 200 : 1000;
    const updates = ctx.quick ? 50 : 200;
    const { progress } = ctx;
    progress.phase('starting 2 API instances (NOTIFY)', 2);
    const env = await freshEnvironment(ctx, 'fanout', { instances: 2 });
    try {
      const writer = await login(env.apis[0].url, WRITER_EMAIL);
      const reader = await login(env.apis[0].url, READER_EMAIL);
      const { planId, objectiveIds } = await createBenchPlan(env.apis[0], writer.token, { title: 'Fan-out plan' });
      const objectiveId = objectiveIds[0];
      let version = 1;
      const apiMutate = async (title) => {
        const result = await gql(env.apis[0].url, UPDATE_OBJECTIVE, { id: objectiveId, expectedVersion: version, patch: { title } }, writer.token);
        if (result.errors) throw new Error(JSON.stringify(result.errors));
        version = result.data.updateObjective.version;
      };
      const jointops = (label) =>
        measure(ctx, { label, wsUrls: env.apis.map((api) => api.wsUrl), pids: env.apis.map((api) => api.pid), token: reader.token, planId, subscribers, updates, mutate: apiMutate });

      const notify = await jointops('JointOps NOTIFY');
      let redis = null;
      let redisSkipped = null;
      if (await redisAnswers(REDIS_URL)) {
        progress.phase('starting 2 API instances (Redis)', 2);
        try {
          await env.restartApis(2, { REDIS_URL });
          redis = await jointops('JointOps Redis');
        } catch (error) {
          redisSkipped = `FAILED: ${String(error.message ?? error).slice(0, 120)}`;
        }
      } else redisSkipped = `skipped: no Redis answers at ${REDIS_URL}`;
      await Promise.all(env.apis.map((api) => api.stop()));

      // The baselines on the same database, plan and objective, after the API instances stopped.
      const serverEnv = { DATABASE_URL: env.directUrl, BENCH_ACTOR_ID: writer.user.id };
      const baseline = async (script, label) => {
        progress.phase(`starting 2 ${label} servers`, 2);
        const servers = [await startBaselineServer(script, serverEnv), await startBaselineServer(script, serverEnv)];
        try {
          const mutate = async (title) => {
            const data = await gqlOk(servers[0].url, UPDATE_OBJECTIVE, { id: objectiveId, expectedVersion: version, patch: { title } });
            version = data.updateObjective.version;
          };
          return await measure(ctx, { label, wsUrls: servers.map((s) => s.wsUrl), pids: servers.map((s) => s.pid), token: null, planId, subscribers, updates, mutate });
        } finally {
          await Promise.all(servers.map((server) => server.stop()));
        }
      };
      const bare = await baseline('bare-push-server.mjs', 'bare push');
      const graphqlJs = await baseline('fanout-server.mjs', 'graphql-js');

      const expected = subscribers * updates;
      const rows = [
        ...transportRows('NOTIFY', notify, bare, { subscribers, updates, expected }),
        ...(redis ? transportRows('Redis', redis, bare, { subscribers, updates, expected }) : [{ scenario: SCENARIO, figure: `Redis transport: ${redisSkipped}`, met: redisSkipped.startsWith('FAILED') ? false : undefined }]),
        {
          scenario: SCENARIO,
          figure: 'graphql-js baseline (fanout-server.mjs): p50 / p99 / max (ms) / delivered',
          baseline: [round(graphqlJs.latency.p50), round(graphqlJs.latency.p99), round(graphqlJs.latency.max), graphqlJs.delivered],
          ratio: ratio(graphqlJs.latency.p99, bare.latency.p99),
        },
      ];
      return { rows, details: { subscribers, updates, redisUrl: REDIS_URL, notify, redis, redisSkipped, barePush: bare, graphqlJs } };
    } finally {
      await env.cleanup();
    }
  },
};

/** The rows of one JointOps run against the bare push baseline. */
function transportRows(transport, run, bare, { subscribers, updates, expected }) {
  const perInstance = Math.ceil(subscribers / 2);
  return [
    {
      scenario: SCENARIO,
      figure: `latency p50 (ms), ${transport}, ${subscribers} subs x ${updates} updates, 2 instances`,
      jointops: round(run.latency.p50),
      baseline: round(bare.latency.p50),
      ratio: ratio(run.latency.p50, bare.latency.p50),
      target: 'p50 <= 1.5x bare push',
      judge: (row) => row.ratio <= 1.5,
    },
    {
      scenario: SCENARIO,
      figure: `latency p99 (ms), ${transport}`,
      jointops: round(run.latency.p99),
      baseline: round(bare.latency.p99),
      ratio: ratio(run.latency.p99, bare.latency.p99),
      target: 'p99 <= 100 ms and <= 2x bare push',
      judge: (row) => row.jointops <= 100 && row.ratio <= 2,
    },
    { scenario: SCENARIO, figure: `latency max (ms), ${transport}`, jointops: round(run.latency.max), baseline: round(bare.latency.max), ratio: ratio(run.latency.max, bare.latency.max) },
    {
      scenario: SCENARIO,
      figure: `first subscriber's latency p50 (ms), ${transport}: the write and the wake-up, before fan-out`,
      jointops: round(run.firstArrival.p50),
      baseline: round(bare.firstArrival.p50),
      ratio: ratio(run.firstArrival.p50, bare.firstArrival.p50),
    },
    {
      scenario: SCENARIO,
      figure: `the writer's updateObjective response p50 (ms), ${transport}`,
      jointops: round(run.mutation.p50),
      baseline: round(bare.mutation.p50),
      ratio: ratio(run.mutation.p50, bare.mutation.p50),
    },
    {
      scenario: SCENARIO,
      figure: `events delivered, ${transport}`,
      jointops: run.delivered,
      baseline: bare.delivered,
      target: `exactly ${expected}, in order`,
      must: run.delivered === expected && run.duplicates === 0 && run.outOfOrder === 0 && run.errors === 0,
    },
    {
      scenario: SCENARIO,
      figure: `RSS per instance (MB) after warm-up, ${transport}, ${perInstance} subs each`,
      jointops: run.rss.afterWarmUp.map((mb) => round(mb)),
      baseline: bare.rss.afterWarmUp.map((mb) => round(mb)),
      target: '<= 300 MB per instance',
      judge: (row) => row.jointops.every((mb) => mb !== null && mb <= 300),
    },
  ];
}

function ratio(a, b) {
  return b > 0 ? round(a / b, 2) : null;
}

async function measure(ctx, { label, wsUrls, pids, token, planId, subscribers, updates, mutate }) {
  const { progress } = ctx;
  const sentAt = new Map(); // seq -> performance.now() when its mutation was sent
  const latencies = new Float64Array(subscribers * updates);
  let delivered = 0;
  let duplicates = 0;
  let outOfOrder = 0;
  let errors = 0;
  const lastSeq = new Int32Array(subscribers);
  const answered = new Float64Array(updates); // each mutation's response time
  const firstArrival = new Map(); // seq -> the lowest latency of any subscriber: write path and wake-up, before fan-out
  let firstSeq = Infinity; // seq of the first measured update
  const onEvent = (index, data, receivedAt) => {
    const seq = data.planEvents.seq;
    if (seq <= lastSeq[index]) duplicates++;
    else if (lastSeq[index] !== 0 && seq !== lastSeq[index] + 1) outOfOrder++;
    lastSeq[index] = Math.max(lastSeq[index], seq);
    if (seq < firstSeq) return;
    const sent = sentAt.get(seq);
    if (sent === undefined) return;
    const latency = receivedAt - sent;
    latencies[delivered++] = latency;
    if (latency < (firstArrival.get(seq) ?? Infinity)) firstArrival.set(seq, latency);
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
  const rss = { afterWarmUp: [], peakDuringUpdates: [] };
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
    rss.afterWarmUp = pids.map((pid) => rssMB(pid));
    const sampler = sampleRss(pids);
    firstSeq = head + 1;
    progress.phase(`${label}: ${updates} sequential updates`, updates);
    for (let i = 0; i < updates; i++) {
      const sent = performance.now();
      sentAt.set(firstSeq + i, sent);
      await mutate(`Fan-out update ${i + 1}`);
      answered[i] = performance.now() - sent;
      progress.update(i + 1);
    }
    const expected = subscribers * updates;
    const deadline = Date.now() + 60_000;
    while (delivered < expected && Date.now() < deadline) await sleep(50);
    rss.peakDuringUpdates = sampler.stop();
    await sleep(500); // anything extra (duplicates) arrives now
  } finally {
    for (const client of clients) client.close();
  }
  const latency = summary(latencies.subarray(0, delivered));
  const first = summary(Float64Array.from(firstArrival.values()));
  return {
    delivered,
    duplicates,
    outOfOrder,
    errors,
    latency: { p50: latency.p50, p90: latency.p90, p99: latency.p99, max: latency.max, mean: latency.mean },
    firstArrival: { p50: first.p50, p99: first.p99 },
    mutation: { p50: summary(answered).p50 },
    rss,
  };
}
