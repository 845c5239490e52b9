import { startTestApp, type TestApp } from './support/test-app';

describe('health endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers /health/live', async () => {
    const response = await fetch(`${t.url}/health/live`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /health/ready after checking the database', async () => {
    const response = await fetch(`${t.url}/health/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('echoes a sane X-Request-Id and mints one otherwise', async () => {
    const echoed = await fetch(`${t.url}/health/live`, { headers: { 'x-request-id': 'lb-abc-123' } });
    expect(echoed.headers.get('x-request-id')).toBe('lb-abc-123');
    const minted = await fetch(`${t.url}/health/live`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(minted.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    // With the process metrics a deployment has (test apps leave them out: see AppConfig.processMetrics).
    t = await startTestApp({ metricsToken: 'scrape-secret', processMetrics: true });
  });
  afterAll(() => t.close());

  it('serves Prometheus metrics to a scraper with the token, and refuses others', async () => {
    await t.gql(`query HealthProbe { __typename }`);
    // Without the token: 401 asking for a bearer token (security-rules-http spec covers the rest).
    expect((await fetch(`${t.url}/metrics`)).status).toBe(401);
    const response = await fetch(`${t.url}/metrics`, { headers: { authorization: 'Bearer scrape-secret' } });
    expect(response.status).toBe(200);
    const text = await response.text();
    for (const name of [
      'jointops_graphql_request_duration_seconds_bucket',
      'jointops_open_subscriptions',
      'jointops_open_sockets',
      'jointops_events_delivered_total',
      'jointops_fanout_lag_seconds',
      'jointops_db_pool_connections',
      'jointops_process_cpu_user_seconds_total',
      'jointops_nodejs_eventloop_lag_p99_seconds',
      'jointops_nodejs_gc_duration_seconds',
    ]) {
      expect(text).toContain(name);
    }
    expect(text).toMatch(/jointops_graphql_request_duration_seconds_count\{operation="HealthProbe",type="query"\} 1/);
  });
});
