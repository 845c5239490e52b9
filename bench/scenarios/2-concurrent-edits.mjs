import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { gql, login, UPDATE_OBJECTIVE } from '../lib/api.mjs';
import { createBenchPlan, freshEnvironment, READER_EMAIL, WRITER_EMAIL } from '../lib/setup.mjs';
import { round, summary } from '../lib/stats.mjs';
import { sleep } from '../lib/net.mjs';
import { updateObjectiveTx } from '../baselines/write-tx.mjs';

/**
 * 2. Concurrent edits: C clients, each updating its own objective of one plan in a closed loop
 * for D seconds, authenticated, through GraphQL on one API instance. Baseline: the same write
 * transaction (bench/baselines/write-tx.mjs) through node-pg, C concurrent loops.
 */
export default {
  id: 'edits',
  title: '2. Concurrent edits',
  async run(ctx) {
    const clients = 20;
    const seconds = ctx.quick ? 5 : 20;
    const { progress } = ctx;
    progress.phase('starting the API', 1);
    const env = await freshEnvironment(ctx, 'edits', { instances: 1 });
    try {
      const [api] = env.apis;
      const writer = await login(api.url, WRITER_EMAIL);
      const tokens = [];
      for (let i = 0; i < clients; i++) tokens.push((await login(api.url, i % 2 === 0 ? WRITER_EMAIL : READER_EMAIL)).token);
      progress.phase('creating the plan', 1);
      const { planId, objectiveIds } = await createBenchPlan(api, writer.token, { title: 'Concurrent edits plan', objectives: clients });

      const jointops = await loop(ctx, 'JointOps', clients, seconds, async (client, version, n) => {
        const result = await gql(api.url, UPDATE_OBJECTIVE, { id: objectiveIds[client], expectedVersion: version, patch: { title: `Edit ${n}` } }, tokens[client]);
        if (result.errors) throw new Error(result.errors[0].extensions?.code ?? result.errors[0].message);
        return result.data.updateObjective.version;
      });
      const db = new pg.Pool({ connectionString: env.directUrl, max: clients }).on('error', () => undefined);
      try {
        const lost = await lostUpdates(db, planId, objectiveIds, jointops.acceptedBy);
        await Promise.all(env.apis.map((a) => a.stop()));

        // Baseline: the same plan and objectives, continuing from their current versions.
        const { rows } = await db.query('SELECT id, version FROM objectives WHERE id = ANY($1)', [objectiveIds]);
        const start = new Map(rows.map((row) => [row.id, row.version]));
        const startSeq = (await db.query('SELECT last_seq FROM plans WHERE id = $1', [planId])).rows[0].last_seq;
        const baseline = await loop(ctx, 'baseline', clients, seconds, async (client, version, n) => {
          const result = await updateObjectiveTx(db, { id: objectiveIds[client], expectedVersion: version, title: `Edit ${n}`, actorId: writer.user.id });
          if (result.conflict !== undefined) throw new Error('CONFLICT');
          return result.objective.version;
        }, (client) => start.get(objectiveIds[client]));
        const baseLost = await lostUpdates(db, planId, objectiveIds, baseline.acceptedBy, start, startSeq);
        const throughputRatio = round(jointops.perSecond / baseline.perSecond, 2);
        return {
          rows: [
            {
              scenario: '2. Concurrent edits',
              figure: `accepted mutations/s (${clients} clients, ${seconds} s)`,
              jointops: round(jointops.perSecond),
              baseline: round(baseline.perSecond),
              ratio: throughputRatio,
              target: '>= 0.5x raw node-pg baseline, 0 lost',
              judge: (row) => row.ratio >= 0.5,
              must: lost === 0,
            },
            { scenario: '2. Concurrent edits', figure: 'latency p99 (ms)', jointops: round(jointops.latency.p99), baseline: round(baseline.latency.p99), ratio: round(jointops.latency.p99 / baseline.latency.p99, 2) },
            {
              scenario: '2. Concurrent edits',
              figure: 'errors / lost updates',
              jointops: [jointops.errors, lost],
              baseline: [baseline.errors, baseLost],
              target: '0 / 0',
              must: jointops.errors === 0 && lost === 0,
              combine: 'max',
            },
          ],
          details: { clients, seconds, jointops: strip(jointops), baseline: strip(baseline), lostUpdates: lost, baselineLostUpdates: baseLost, errorSamples: jointops.errorSamples },
        };
      } finally {
        await db.end();
      }
    } finally {
      await env.cleanup();
    }
  },
};

function strip({ acceptedBy, ...rest }) {
  return { ...rest, acceptedPerClient: acceptedBy };
}

/** Runs `clients` closed loops for `seconds`; `step(client, version, n)` returns the new version. */
async function loop(ctx, label, clients, seconds, step, startVersion = () => 1) {
  const { progress } = ctx;
  progress.phase(`${label}: ${clients} clients for ${seconds} s`, seconds);
  const latencies = [];
  const acceptedBy = new Array(clients).fill(0);
  const errorSamples = [];
  let errors = 0;
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  const ticker = setInterval(() => progress.update(Math.min(seconds, Math.round((performance.now() - t0) / 1000))), 250);
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      let version = startVersion(client);
      for (let n = 1; performance.now() < end; n++) {
        const sent = performance.now();
        try {
          version = await step(client, version, n);
          latencies.push(performance.now() - sent);
          acceptedBy[client]++;
        } catch (error) {
          errors++;
          if (errorSamples.length < 5) errorSamples.push(String(error.message ?? error));
          await sleep(5);
        }
      }
    }),
  );
  clearInterval(ticker);
  const elapsed = (performance.now() - t0) / 1000;
  const accepted = acceptedBy.reduce((a, b) => a + b, 0);
  const latency = summary(latencies);
  return { accepted, errors, errorSamples, elapsedSeconds: round(elapsed, 2), perSecond: accepted / elapsed, latency: { p50: latency.p50, p99: latency.p99, max: latency.max }, acceptedBy };
}

/** Objectives whose final version is not start + accepted, plus log events missing or extra. */
async function lostUpdates(db, planId, objectiveIds, acceptedBy, start = null, afterSeq = 0) {
  const { rows } = await db.query('SELECT id, version FROM objectives WHERE id = ANY($1)', [objectiveIds]);
  const version = new Map(rows.map((row) => [row.id, row.version]));
  const { rows: logged } = await db.query(
    `SELECT entity_id, count(*)::int AS n FROM plan_events WHERE plan_id = $1 AND seq > $2 AND type = 'OBJECTIVE_UPDATED' GROUP BY entity_id`,
    [planId, afterSeq],
  );
  const events = new Map(logged.map((row) => [row.entity_id, row.n]));
  let lost = 0;
  objectiveIds.forEach((id, client) => {
    const expected = (start?.get(id) ?? 1) + acceptedBy[client];
    lost += Math.abs(version.get(id) - expected);
    lost += Math.abs((events.get(id) ?? 0) - acceptedBy[client]);
  });
  return lost;
}
