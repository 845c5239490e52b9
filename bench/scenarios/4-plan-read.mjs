import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { gql, login, startBaselineServer } from '../lib/api.mjs';
import { buildBigPlan, PLAN_SIZE, QUICK_PLAN_SIZE } from '../lib/big-plan.mjs';
import { freshEnvironment, READER_EMAIL, WRITER_EMAIL } from '../lib/setup.mjs';
import { round, summary } from '../lib/stats.mjs';

/** The whole plan as the workspace shows it (computed readiness/contentHash left out: the SQL baseline cannot build them). */
export const READ_PLAN = `query($id: ID!) {
  plan(id: $id) {
    id title summary status version revision lastSeq startsAt endsAt timeZone createdAt updatedAt
    leadAgency { id name shortName level }
    agencies { id name shortName level }
    objectives { id version position title description successCriteria priority }
    roles { id version title responsibilities agency { id shortName } assignee { id displayName } objectives { id title } }
    checklist { id version category text required citation status note reviewedAt reviewedBy { id displayName } }
    timeline { id version title phase startsAt endsAt notes agency { id shortName } dependsOn { id title } }
    resources { id version kind quantity notes agency { id shortName } }
    comms { id version name details purpose agency { id shortName } }
    events(limit: 50) { seq type at actor { id displayName } }
  }
}`;

/**
 * 4. Plan read: the scenario-4 plan read whole through GraphQL, sequentially. SQL statements per
 * read are counted by a protocol-level proxy between the API and PostgreSQL (Query + Execute
 * messages). Baseline: one hand-written json_agg query served by a bare HTTP server, through the
 * same proxy.
 */
export default {
  id: 'read',
  title: '4. Plan read',
  async run(ctx) {
    const size = ctx.quick ? QUICK_PLAN_SIZE : PLAN_SIZE;
    const reads = ctx.quick ? 30 : 100;
    const { progress } = ctx;
    progress.phase('starting the API (behind the counting proxy)', 1);
    const env = await freshEnvironment(ctx, 'read', { instances: 1, proxy: true });
    try {
      const [api] = env.apis;
      const writer = await login(api.url, WRITER_EMAIL);
      const reader = await login(api.url, READER_EMAIL);
      progress.phase(`building the plan (${size.logEvents} logged mutations)`, size.logEvents);
      const { planId, logEvents } = await buildBigPlan({ api, directUrl: env.directUrl, token: writer.token, size, onProgress: (n) => progress.update(n) });

      progress.phase(`JointOps: ${reads} reads`, reads);
      const first = await gql(api.url, READ_PLAN, { id: planId }, reader.token);
      if (first.errors) throw new Error(JSON.stringify(first.errors));
      const shape = describe(first.data.plan);
      const jointops = await timeReads(reads, env.counter, () => gql(api.url, READ_PLAN, { id: planId }, reader.token), (n) => progress.update(n));

      progress.phase(`baseline: ${reads} reads`, reads);
      const server = await startBaselineServer('plan-read-server.mjs', { DATABASE_URL: env.counter.url });
      let baseline;
      let baseShape;
      try {
        const get = () => getJson(`${server.url}/plan?id=${planId}`);
        baseShape = describe((await get()).data.plan);
        baseline = await timeReads(reads, env.counter, get, (n) => progress.update(n));
      } finally {
        await server.stop();
      }
      const latencyRatio = round(jointops.latency.p50 / baseline.latency.p50, 2);
      return {
        rows: [
          {
            scenario: '4. Plan read',
            figure: `p50 latency (ms), ${describeSize(shape, logEvents)}`,
            jointops: round(jointops.latency.p50, 2),
            baseline: round(baseline.latency.p50, 2),
            ratio: latencyRatio,
            target: '<= 2x json_agg baseline',
            judge: (row) => row.ratio <= 2,
          },
          {
            scenario: '4. Plan read',
            figure: 'SQL statements per read',
            jointops: round(jointops.statements, 2),
            baseline: round(baseline.statements, 2),
            ratio: round(jointops.statements / baseline.statements, 2),
            target: '<= 8',
            judge: (row) => row.jointops <= 8,
          },
          { scenario: '4. Plan read', figure: 'p99 latency (ms) / response KB', jointops: [round(jointops.latency.p99, 1), round(jointops.bytes / 1024)], baseline: [round(baseline.latency.p99, 1), round(baseline.bytes / 1024)] },
        ],
        details: { reads, size, logEvents, shape, baselineShape: baseShape, jointops, baseline },
      };
    } finally {
      await env.cleanup();
    }
  },
};

async function timeReads(reads, counter, read, onProgress) {
  for (let i = 0; i < 5; i++) await read(); // warm-up
  const before = counter.snapshot();
  const latencies = [];
  let bytes = 0;
  for (let i = 0; i < reads; i++) {
    const t0 = performance.now();
    const body = await read();
    latencies.push(performance.now() - t0);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    bytes = JSON.stringify(body).length;
    onProgress(i + 1);
  }
  const after = counter.snapshot();
  const latency = summary(latencies);
  return { latency: { p50: latency.p50, p99: latency.p99, max: latency.max, mean: latency.mean }, statements: (after.statements - before.statements) / reads, executes: (after.E - before.E) / reads, simpleQueries: (after.Q - before.Q) / reads, bytes };
}

function describe(plan) {
  return { objectives: plan.objectives.length, roles: plan.roles.length, checklist: plan.checklist.length, timeline: plan.timeline.length, events: plan.events.length };
}

function describeSize(shape, logEvents) {
  return `${shape.objectives} obj/${shape.roles} roles/${shape.checklist} items/${shape.timeline} timeline/${logEvents} log`;
}

function getJson(url) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: keepAlive }, (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch (error) {
            reject(error);
          }
        });
      })
      .on('error', reject);
  });
}
const keepAlive = new http.Agent({ keepAlive: true });
