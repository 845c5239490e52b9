import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { gql, login, startApi, UPDATE_OBJECTIVE } from '../lib/api.mjs';
import { sleep } from '../lib/net.mjs';
import { rssMB } from '../lib/proc.mjs';
import { createBenchPlan, freshEnvironment, READER_EMAIL, WRITER_EMAIL } from '../lib/setup.mjs';
import { round, summary } from '../lib/stats.mjs';
import { resilientSubscriber } from '../lib/ws-clients.mjs';

const SUBSCRIPTION = `subscription($planId: ID!, $afterSeq: Int) {
  planEvents(planId: $planId, afterSeq: $afterSeq) { seq type at actor { id displayName } node { __typename ... on Objective { id version title } } }
}`;

const SCENARIO = '6. Resubscribe storm';
/** Edits made while the instance is down. */
const MISSED_EDITS = 20;
/** A dropped client tries again every RETRY_MS (its first try after a random part of it). */
const RETRY_MS = 100;
/** How often the restarted instance's /health/ready is polled. */
const HEALTH_POLL_MS = 25;

/**
 * 6. Resubscribe storm: N clients subscribed with planEvents(planId, afterSeq) to instance 1 of
 * two. Instance 1 is killed (SIGKILL); while it is down the writer makes K edits through
 * instance 2; instance 1 is started again on the same port. Every client retries until its socket
 * opens and resubscribes with afterSeq = the last seq it applied. Measured from "ready" = the
 * earlier of the restarted instance's first accepted WebSocket and its /health/ready answering
 * 200, until every client has applied every missed event; lost and duplicated events counted.
 */
export default {
  id: 'storm',
  title: SCENARIO,
  async run(ctx) {
    const count = ctx.quick ? 200 : 1000;
    const { progress } = ctx;
    progress.phase('starting 2 API instances', 2);
    const env = await freshEnvironment(ctx, 'storm', { instances: 2, stablePorts: true });
    const db = new pg.Pool({ connectionString: env.directUrl, max: 2 }).on('error', () => undefined);
    const clients = [];
    try {
      const [victim, survivor] = env.apis;
      const writer = await login(survivor.url, WRITER_EMAIL);
      const reader = await login(survivor.url, READER_EMAIL);
      const { planId, objectiveIds } = await createBenchPlan(survivor, writer.token, { title: 'Resubscribe storm plan' });
      let version = 1;
      const edit = async (title) => {
        const result = await gql(survivor.url, UPDATE_OBJECTIVE, { id: objectiveIds[0], expectedVersion: version, patch: { title } }, writer.token);
        if (result.errors) throw new Error(JSON.stringify(result.errors));
        version = result.data.updateObjective.version;
      };
      const headSeq = async () => (await db.query('SELECT last_seq FROM plans WHERE id = $1', [planId])).rows[0].last_seq;

      const start = await headSeq();
      const last = new Int32Array(count).fill(start);
      const caughtUpAt = new Float64Array(count); // 0 = not yet
      const reopenedAt = new Float64Array(count); // first socket opened after the kill
      const resumedAt = new Float64Array(count); // first event received after the kill
      const opens = new Int32Array(count); // sockets opened, per client
      const duplicateSamples = [];
      let target = Infinity;
      let duplicates = 0;
      let skipped = 0; // seqs jumped over (lost within a client's sequence)
      let errors = 0;
      const errorSamples = [];
      let killedAt = Infinity;
      let firstOpenAt = null;
      const onEvent = (index, data, receivedAt) => {
        const seq = data.planEvents.seq;
        if (seq <= last[index]) {
          duplicates++;
          if (duplicateSamples.length < 10) duplicateSamples.push({ client: index, seq, last: last[index], socketsOpened: opens[index], msAfterKill: round(receivedAt - killedAt) });
          return;
        }
        skipped += seq - last[index] - 1;
        last[index] = seq;
        if (receivedAt > killedAt && resumedAt[index] === 0) resumedAt[index] = receivedAt;
        if (seq >= target && caughtUpAt[index] === 0) caughtUpAt[index] = receivedAt;
      };
      const onError = (error) => {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(String(error.message ?? error).slice(0, 200));
      };
      const onOpen = (index, openedAt) => {
        opens[index]++;
        if (openedAt <= killedAt) return;
        if (firstOpenAt === null) firstOpenAt = openedAt;
        if (reopenedAt[index] === 0) reopenedAt[index] = openedAt;
      };

      progress.phase(`subscribing ${count} clients to instance 1`, count);
      for (let index = 0; index < count; index++) {
        clients.push(
          resilientSubscriber({
            url: victim.wsUrl,
            token: reader.token,
            query: SUBSCRIPTION,
            variables: () => ({ planId, afterSeq: last[index] }),
            retryMs: RETRY_MS,
            onEvent: (data, at) => onEvent(index, data, at),
            onError,
            onOpen: (at) => onOpen(index, at),
          }),
        );
      }
      for (let from = 0; from < count; from += 50) {
        await Promise.all(clients.slice(from, from + 50).map((client) => client.start()));
        progress.update(Math.min(count, from + 50));
      }

      progress.phase('warm-up: one edit every client must apply', count);
      await edit('storm warm-up');
      const warm = start + 1;
      const applied = (seq) => last.reduce((n, value) => n + (value >= seq ? 1 : 0), 0);
      for (let waited = 0; applied(warm) < count; waited += 100) {
        if (waited > 60_000) throw new Error(`only ${applied(warm)}/${count} clients live after warm-up`);
        await sleep(100);
        progress.update(applied(warm));
      }
      await sleep(300);
      const rssBefore = rssMB(victim.pid);

      progress.phase(`killing instance 1 (SIGKILL), ${MISSED_EDITS} edits through instance 2`, MISSED_EDITS);
      killedAt = performance.now();
      await victim.kill('SIGKILL');
      for (let i = 0; i < MISSED_EDITS; i++) {
        await edit(`storm edit ${i + 1}`);
        progress.update(i + 1);
      }
      target = await headSeq();
      if (target !== warm + MISSED_EDITS) throw new Error(`expected head ${warm + MISSED_EDITS}, found ${target}`);
      const droppedBeforeRestart = clients.filter((client) => !client.state.connected).length;

      progress.phase('restarting instance 1; clients resubscribe', count);
      const restartedAt = performance.now();
      const restarted = await startApi({ databaseUrl: env.apiUrl, port: victim.port, name: 'api-1 (restarted)', nodeOptions: ctx.nodeOptions, env: { REDIS_URL: '' }, pollMs: HEALTH_POLL_MS });
      env.apis[0] = restarted;
      const readyAt = Math.min(restarted.readyAt, firstOpenAt ?? Infinity);
      const deadline = readyAt + 30_000;
      while (applied(target) < count && performance.now() < deadline) {
        await sleep(20);
        progress.update(applied(target));
      }
      const allCaughtUp = applied(target) === count;
      await sleep(500); // duplicates, if any, arrive now
      const rssAfter = rssMB(restarted.pid);

      const sinceReady = (moments) => {
        const values = [];
        moments.forEach((at) => {
          if (at > 0) values.push(Math.max(0, at - readyAt));
        });
        return values;
      };
      const catchUp = sinceReady(caughtUpAt);
      const times = summary(catchUp);
      const phase = (moments) => {
        const { p50, p90, max } = summary(sinceReady(moments));
        return { p50: round(p50), p90: round(p90), max: round(max) };
      };
      let behind = 0;
      for (const value of last) behind += Math.max(0, target - value);
      const lost = skipped + behind;
      const attempts = clients.reduce((n, client) => n + client.state.attempts, 0);
      const caughtUp = catchUp.length;
      return {
        rows: [
          {
            scenario: SCENARIO,
            figure: `all caught up (ms after ready), ${count} clients x ${MISSED_EDITS} missed edits`,
            jointops: allCaughtUp ? round(times.max) : null,
            target: '<= 2000 ms of ready',
            judge: (row) => row.jointops !== null && row.jointops <= 2000,
            must: allCaughtUp,
          },
          { scenario: SCENARIO, figure: 'client caught up p50 (ms after ready) / process start to ready (ms)', jointops: [round(times.p50), round(readyAt - restartedAt)] },
          { scenario: SCENARIO, figure: 'lost / duplicated events', jointops: [lost, duplicates], target: '0 / 0', must: lost === 0 && duplicates === 0, combine: 'max' },
          {
            scenario: SCENARIO,
            figure: `RSS of the instance holding ${count} subs (MB): before kill / after catch-up`,
            jointops: [round(rssBefore), round(rssAfter)],
            target: '<= 300 MB',
            judge: (row) => row.jointops.every((mb) => mb !== null && mb <= 300),
          },
        ],
        details: {
          clients: count,
          missedEdits: MISSED_EDITS,
          retryMs: RETRY_MS,
          healthPollMs: HEALTH_POLL_MS,
          ready: firstOpenAt !== null && firstOpenAt <= restarted.readyAt ? 'first accepted WebSocket' : '/health/ready',
          firstOpenAfterStartMs: firstOpenAt === null ? null : round(firstOpenAt - restartedAt),
          healthReadyAfterStartMs: round(restarted.readyAt - restartedAt),
          droppedBeforeRestart,
          caughtUp,
          catchUpMs: { p50: times.p50, p90: times.p90, p99: times.p99, max: times.max },
          /** Per client, ms after ready: its socket opened again, its first missed event arrived, it had them all. */
          phasesMs: { reopened: phase(reopenedAt), firstEvent: phase(resumedAt), caughtUp: phase(caughtUpAt) },
          lost,
          skipped,
          behind,
          duplicates,
          duplicateSamples,
          /** Sockets that dropped after their subscription was acknowledged (the kill drops each client's once). */
          drops: clients.reduce((n, client) => n + client.state.reconnects, 0),
          /** Clients that ever held two acknowledged sockets at once (a bench bug if not 0). */
          clientsWithTwoSockets: clients.filter((client) => client.state.maxLive > 1).length,
          errors,
          errorSamples,
          connectAttempts: attempts,
          rssMB: { beforeKill: rssBefore, afterCatchUp: rssAfter },
        },
      };
    } finally {
      for (const client of clients) client.close();
      await db.end();
      await env.cleanup();
    }
  },
};
