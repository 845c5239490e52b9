import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { gql, login, UPDATE_OBJECTIVE } from '../lib/api.mjs';
import { createBenchPlan, freshEnvironment, READER_EMAIL, WRITER_EMAIL } from '../lib/setup.mjs';
import { round } from '../lib/stats.mjs';

/**
 * 3. Conflict storm: C clients update the same objective, each with the version it last saw
 * (from its own success, or from the CONFLICT error's extensions.currentVersion). Checks that
 * accepted + CONFLICT = sent and that the log holds exactly the accepted updates.
 */
export default {
  id: 'conflicts',
  title: '3. Conflict storm',
  async run(ctx) {
    const clients = 20;
    const seconds = ctx.quick ? 3 : 10;
    const { progress } = ctx;
    progress.phase('starting the API', 1);
    const env = await freshEnvironment(ctx, 'conflicts', { instances: 1 });
    try {
      const [api] = env.apis;
      const writer = await login(api.url, WRITER_EMAIL);
      const tokens = [];
      for (let i = 0; i < clients; i++) tokens.push((await login(api.url, i % 2 === 0 ? WRITER_EMAIL : READER_EMAIL)).token);
      const { planId, objectiveIds } = await createBenchPlan(api, writer.token, { title: 'Conflict storm plan' });
      const [objectiveId] = objectiveIds;
      const db = new pg.Pool({ connectionString: env.directUrl, max: 2 }).on('error', () => undefined);
      try {
        const startSeq = (await db.query('SELECT last_seq FROM plans WHERE id = $1', [planId])).rows[0].last_seq;
        progress.phase(`${clients} clients on one objective for ${seconds} s`, seconds);
        let sent = 0;
        let accepted = 0;
        let conflicts = 0;
        let other = 0;
        const otherSamples = [];
        const t0 = performance.now();
        const end = t0 + seconds * 1000;
        const ticker = setInterval(() => progress.update(Math.min(seconds, Math.round((performance.now() - t0) / 1000))), 250);
        await Promise.all(
          tokens.map(async (token, client) => {
            let seen = 1;
            for (let n = 1; performance.now() < end; n++) {
              sent++;
              const result = await gql(api.url, UPDATE_OBJECTIVE, { id: objectiveId, expectedVersion: seen, patch: { title: `Client ${client} edit ${n}` } }, token).catch((error) => ({
                errors: [{ message: String(error) }],
              }));
              if (!result.errors) {
                accepted++;
                seen = result.data.updateObjective.version;
              } else if (result.errors[0].extensions?.code === 'CONFLICT') {
                conflicts++;
                seen = result.errors[0].extensions.currentVersion;
              } else {
                other++;
                if (otherSamples.length < 5) otherSamples.push(result.errors[0].message);
              }
            }
          }),
        );
        clearInterval(ticker);
        const elapsed = (performance.now() - t0) / 1000;
        const { rows: logged } = await db.query(`SELECT count(*)::int AS n FROM plan_events WHERE plan_id = $1 AND seq > $2 AND entity_id = $3`, [planId, startSeq, objectiveId]);
        const { rows: current } = await db.query('SELECT version FROM objectives WHERE id = $1', [objectiveId]);
        const { rows: chain } = await db.query('SELECT count(*)::int AS n, min(seq) AS lo, max(seq) AS hi FROM plan_events WHERE plan_id = $1', [planId]);
        const logEvents = logged[0].n;
        const gapless = chain[0].n === chain[0].hi && chain[0].lo === 1;
        const verified = await verifyLog(api, tokens[0], planId);
        return {
          rows: [
            {
              scenario: '3. Conflict storm',
              figure: `accepted + CONFLICT = sent (${clients} clients, ${seconds} s)`,
              jointops: `${accepted} + ${conflicts} = ${sent}`,
              target: 'sums, no other errors',
              must: accepted + conflicts === sent && other === 0,
            },
            {
              scenario: '3. Conflict storm',
              figure: 'log events = accepted; final version',
              jointops: `${logEvents} = ${accepted}; v${current[0].version}`,
              target: `log = accepted, v = 1 + accepted, gapless${verified === null ? '' : ', verifyPlanLog ok'}`,
              must: logEvents === accepted && current[0].version === 1 + accepted && gapless && verified !== false,
            },
            { scenario: '3. Conflict storm', figure: 'requests/s / accepted/s', jointops: [round(sent / elapsed), round(accepted / elapsed)] },
          ],
          details: { clients, seconds, sent, accepted, conflicts, other, otherSamples, logEvents, finalVersion: current[0].version, gapless, verifyPlanLog: verified },
        };
      } finally {
        await db.end();
      }
    } finally {
      await env.cleanup();
    }
  },
};

/** Recomputes the hash chain through the API when it serves verifyPlanLog; null when it does not. */
async function verifyLog(api, token, planId) {
  const result = await gql(api.url, `query($planId: ID!) { verifyPlanLog(planId: $planId) { ok } }`, { planId }, token);
  if (result.errors) return null;
  return result.data.verifyPlanLog.ok === true;
}
