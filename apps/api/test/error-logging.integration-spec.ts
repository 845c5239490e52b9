import { Logger } from '@nestjs/common';
import type { Logger as PinoLogger } from 'pino';
import { APP_LOGGER } from '../src/core/logging/logger';
import { AgenciesService } from '../src/modules/agencies/agencies.service';
import { createPlan, errorOf, gqlData, PART_FIELDS, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, wsRequest, type TestApp } from './support/test-app';

const OBJ = PART_FIELDS.Objective;
const ADD = `mutation($p: ID!, $input: ObjectiveInput!) { addObjective(planId: $p, input: $input) { ${OBJ} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $patch: ObjectivePatch!) { updateObjective(id: $id, expectedVersion: $v, patch: $patch) { ${OBJ} } }`;

/**
 * A refusal the client caused is answered with its code and is not an error of ours: Nest's
 * exception handler ("ExceptionsHandler") must not log it. Before, every bad input, conflict and
 * unauthenticated query was logged at error level with a source-mapped stack.
 */
describe('expected refusals are not logged as errors', () => {
  let t: TestApp;
  let force: TaskForce;
  let logged: jest.SpyInstance;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
  });
  afterAll(() => t.close());

  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'error');
  });
  afterEach(() => logged.mockRestore());

  const exceptionsHandlerCalls = () => logged.mock.contexts.filter((logger) => (logger as { context?: string }).context === 'ExceptionsHandler');

  it('answers bad input, a stale version and a missing session with their codes, logging none of them', async () => {
    const plan = await createPlan(t, force, { title: 'Refusals' });
    const planner = force.tokens.ncshpPlanner;
    const added = (await gqlData(t, ADD, { p: plan.id, input: { title: 'First' } }, planner)).addObjective;
    await gqlData(t, UPDATE, { id: added.id, v: added.version, patch: { title: 'Second' } }, planner);
    logged.mockClear();

    const empty = await t.gql(ADD, { p: plan.id, input: { title: '   ' } }, planner);
    expect(errorOf(empty).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
    const stale = await t.gql(UPDATE, { id: added.id, v: added.version, patch: { title: 'Third' } }, planner);
    expect(errorOf(stale).extensions).toMatchObject({ code: 'CONFLICT', currentVersion: added.version + 1 });
    const anonymous = await t.gql(`{ me { id } }`);
    expect(errorOf(anonymous).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });

    expect(exceptionsHandlerCalls()).toEqual([]);
  });

  it('answers a body the parser refuses (malformed, too large) with a coded GraphQL error in our words, logging nothing', async () => {
    const post = (body: string, token?: string) =>
      fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body });
    const cases: Array<[Response, number, string]> = [
      [await post('{"query":'), 400, 'The request body is not valid JSON.'],
      [await post(JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(70 * 1024) } })), 413, 'The request body is too large (at most 64 KB without signing in).'],
      [await post(JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1024 * 1024) } }), force.tokens.ncshpPlanner), 413, 'The request body is too large (at most 1 MB).'],
    ];
    for (const [response, status, message] of cases) {
      expect([response.status, await response.json()]).toEqual([status, { errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] }]);
    }
    expect(logged).not.toHaveBeenCalled();
  });

  it('logs an unexpected error once, with the request id, over HTTP and over WebSocket, and not again through Nest', async () => {
    const logger = t.app.get<PinoLogger>(APP_LOGGER);
    const appLogged = jest.spyOn(logger, 'error');
    const failing = jest.spyOn(t.app.get(AgenciesService), 'list').mockImplementation(() => Promise.reject(new Error('the database fell over')));
    try {
      const overHttp = await t.gql(`{ agencies { id } }`, {}, force.tokens.ncshpPlanner);
      expect(errorOf(overHttp).extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
      const overWs = await wsRequest(t.wsClient(force.tokens.ncshpPlanner), `{ agencies { id } }`);
      expect(overWs.errors?.[0]?.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });

      const unexpected = appLogged.mock.calls.filter(([, message]) => message === 'unexpected GraphQL error');
      expect(unexpected).toHaveLength(2);
      for (const [fields] of unexpected) {
        expect(fields).toMatchObject({ requestId: expect.any(String), path: ['agencies'] });
        expect((fields as { err: Error }).err.message).toBe('the database fell over');
      }
      expect(new Set(unexpected.map(([fields]) => (fields as { requestId: string }).requestId)).size).toBe(2);
      expect(exceptionsHandlerCalls()).toEqual([]);
    } finally {
      failing.mockRestore();
      appLogged.mockRestore();
    }
  });

  it('still logs what is not a refusal: the spy sees Nest logging an unexpected error', () => {
    // The spy must see the handler's logger at all, or the test above would pass for nothing.
    new Logger('ExceptionsHandler').error(new Error('unexpected'));
    expect(exceptionsHandlerCalls()).toHaveLength(1);
  });
});
