import { gqlOk, login, startApi } from './api.mjs';
import { createDatabase, dropDatabase } from './postgres.mjs';
import { startCountingProxy } from './pg-proxy.mjs';

export const WRITER_EMAIL = 'dana.whitfield@ncshp.example';
export const READER_EMAIL = 'maria.lopez@cbp.example';

/**
 * A fresh database named bench_<name> with `instances` API processes on it (the first seeds the
 * demo data). With `proxy`, the APIs reach PostgreSQL through a statement-counting proxy.
 * `env` is added to the API processes' environment. REDIS_URL is cleared unless `env` sets it,
 * so the instances use the PostgreSQL LISTEN/NOTIFY transport whatever the bench's own shell has.
 * `restartApis(count, env)` stops the instances and starts `count` new ones on the same database.
 * `stablePorts` puts the instances on ports outside the ephemeral range (see freePort).
 */
export async function freshEnvironment(ctx, name, { instances = 1, proxy = false, nodeOptions = '', env: extraEnv = {}, stablePorts = false } = {}) {
  const database = `bench_${name.replace(/\W/g, '_')}`;
  const directUrl = await createDatabase(ctx.server.url, database);
  const counter = proxy ? await startCountingProxy(directUrl) : null;
  const apiUrl = counter ? counter.url : directUrl;
  const apis = [];
  const startInstances = async (count, vars) => {
    for (let i = 0; i < count; i++) {
      apis.push(await startApi({ databaseUrl: apiUrl, name: `api-${apis.length + 1}`, nodeOptions: ctx.nodeOptions || nodeOptions, env: { REDIS_URL: '', ...vars }, stablePort: stablePorts }));
    }
  };
  const env = {
    database,
    directUrl,
    apiUrl,
    counter,
    apis,
    async restartApis(count, vars = {}) {
      await Promise.all(apis.map((api) => api.stop()));
      apis.length = 0;
      await startInstances(count, vars);
    },
    async cleanup() {
      await Promise.all(apis.map((api) => api.stop()));
      apis.length = 0;
      await counter?.stop();
      await dropDatabase(ctx.server.url, database);
    },
  };
  try {
    await startInstances(instances, extraEnv);
  } catch (error) {
    await env.cleanup().catch(() => undefined);
    throw error;
  }
  return env;
}

/** A DRAFT plan led by NCSHP with CBP taking part, and `objectives` objectives. */
export async function createBenchPlan(api, writerToken, { title = 'Benchmark plan', objectives = 1, startsAt, endsAt } = {}) {
  const { agencies } = await gqlOk(api.url, `{ agencies { id shortName } }`, {}, writerToken);
  const cbp = agencies.find((agency) => agency.shortName === 'CBP');
  const { createPlan } = await gqlOk(
    api.url,
    `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id lastSeq } }`,
    { input: { title, summary: 'Created by npm run bench.', agencyIds: [cbp.id], ...(startsAt ? { startsAt, endsAt } : {}) } },
    writerToken,
  );
  const ids = [];
  for (let i = 0; i < objectives; i++) {
    const { addObjective } = await gqlOk(
      api.url,
      `mutation($planId: ID!, $input: ObjectiveInput!) { addObjective(planId: $planId, input: $input) { id version } }`,
      { planId: createPlan.id, input: { title: `Objective ${i + 1}`, successCriteria: 'Measured by the bench.' } },
      writerToken,
    );
    ids.push(addObjective.id);
  }
  return { planId: createPlan.id, objectiveIds: ids, agencies };
}

export { login };
