import { buildSchema, parse, type ExecutionResult } from 'graphql';
import type { AuthenticatedUser } from '../../modules/auth/authenticated-user';
import type { GqlContext } from './gql-context';
import { settled, SharedResponses, sharedDeliveryKey, viewerFact, type PayloadJob } from './shared-delivery';

const user = (id: string, agencyId: string, roles: AuthenticatedUser['roles'] = ['PLANNER']): AuthenticatedUser => ({
  id,
  email: `${id}@example.gov`,
  displayName: id,
  agencyId,
  roles,
  sessionId: `session-${id}`,
  sessionExpiresAt: new Date('2030-01-01T00:00:00Z'),
});
const contextOf = (auth: AuthenticatedUser, token = `token-${auth.id}`): GqlContext => ({ transport: 'ws', requestId: auth.id, ip: null, userAgent: null, token, auth, loaders: {} as GqlContext['loaders'] });

/** Payloads for one event as each subscriber asks in turn (all at once, as streams woken together do). */
async function payloads(shared: SharedResponses, event: object, subscribers: GqlContext[], resolve: (context: GqlContext) => unknown): Promise<string[]> {
  return Promise.all(
    subscribers.map((subscriber) =>
      settled(
        shared.payload(event, 'key', {
          subscriber,
          newLoaders: () => ({}) as GqlContext['loaders'],
          execute: async (context): Promise<ExecutionResult> => ({ data: { value: resolve(context) as never } }),
          serialize: (result) => JSON.stringify(result),
        }),
      ),
    ),
  );
}

describe('shared delivery: one execution per audience', () => {
  const alice = contextOf(user('alice', 'cbp'));
  const bob = contextOf(user('bob', 'cbp'));
  const carol = contextOf(user('carol', 'ncshp'));
  const ig = contextOf(user('ig', 'oleo', ['OVERSIGHT']));

  it('executes once for everyone when no resolver looks at the viewer', async () => {
    const shared = new SharedResponses();
    const result = await payloads(shared, {}, [alice, bob, carol, ig], () => 'same for all');
    expect(new Set(result)).toEqual(new Set(['{"data":{"value":"same for all"}}']));
    expect([shared.executions, shared.reuses]).toEqual([1, 3]);
  });

  it('splits by exactly the viewer fields a resolver read: agency here', async () => {
    const shared = new SharedResponses();
    const result = await payloads(shared, {}, [alice, carol, bob, ig], (context) => context.auth?.agencyId);
    expect(result.map((json) => JSON.parse(json).data.value)).toEqual(['cbp', 'ncshp', 'cbp', 'oleo']);
    expect([shared.executions, shared.reuses]).toEqual([3, 1]);
  });

  it('makes every user an audience of their own when a resolver reads the user id', async () => {
    const shared = new SharedResponses();
    const result = await payloads(shared, {}, [alice, bob, alice], (context) => `hello ${context.auth?.id}`);
    expect(result.map((json) => JSON.parse(json).data.value)).toEqual(['hello alice', 'hello bob', 'hello alice']);
    expect([shared.executions, shared.reuses]).toEqual([2, 1]);
  });

  it('treats a spread of the viewer as reading all of it, and connection facts (the token) as the viewer’s too', async () => {
    const shared = new SharedResponses();
    // Alice on another session: the same user, but a spread reads the session id too.
    const elsewhere = contextOf({ ...user('alice', 'cbp'), sessionId: 'another-session' });
    const spread = await payloads(shared, {}, [alice, elsewhere], (context) => ({ ...context.auth }).displayName);
    expect(spread).toEqual(['{"data":{"value":"alice"}}', '{"data":{"value":"alice"}}']);
    expect(shared.executions).toBe(2);
    const other = new SharedResponses();
    await payloads(other, {}, [alice, contextOf(user('alice', 'cbp'), 'another-token')], (context) => context.token?.length);
    expect(other.executions).toBe(2);
  });

  it('splits by a declared viewer fact instead of the fields it reads: the author and oversight share, so does everyone else', async () => {
    const shared = new SharedResponses();
    const mayRead = (viewer: AuthenticatedUser | undefined) => viewer?.id === 'alice' || viewer?.roles.includes('OVERSIGHT') === true;
    const result = await payloads(shared, {}, [alice, bob, carol, ig], (context) => (viewerFact(context, 'draft', mayRead) ? 'the draft' : null));
    expect(result.map((json) => JSON.parse(json).data.value)).toEqual(['the draft', null, null, 'the draft']);
    expect([shared.executions, shared.reuses]).toEqual([2, 2]);
    expect(viewerFact(bob, 'draft', mayRead)).toBe(false);
  });

  it('hands a made payload over synchronously to a later subscriber of its audience', async () => {
    const shared = new SharedResponses();
    const event = {};
    await payloads(shared, event, [alice], () => 'made');
    const job = { subscriber: bob, newLoaders: () => ({}) as GqlContext['loaders'], execute: async () => ({ data: null }), serialize: () => 'other' };
    expect(shared.payload(event, 'key', job)).toBe('{"data":{"value":"made"}}');
  });

  it('makes the payload in the turn it is asked for when the execution is synchronous', () => {
    const shared = new SharedResponses();
    const event = {};
    const job = (subscriber: GqlContext) => ({
      subscriber,
      newLoaders: () => ({}) as GqlContext['loaders'],
      execute: (): ExecutionResult => ({ data: { value: 'at once' } as never }),
      serialize: (result: ExecutionResult) => JSON.stringify(result),
    });
    expect(shared.payload(event, 'key', job(alice))).toBe('{"data":{"value":"at once"}}');
    expect(shared.payload(event, 'key', job(bob))).toBe('{"data":{"value":"at once"}}');
    expect([shared.executions, shared.reuses]).toEqual([1, 1]);
  });

  it('never shares between two events', async () => {
    const shared = new SharedResponses();
    await payloads(shared, { seq: 1 }, [alice, bob], () => 1);
    await payloads(shared, { seq: 2 }, [alice, bob], () => 2);
    expect([shared.executions, shared.reuses]).toEqual([2, 2]);
  });
});

describe('shared delivery: a payload being made', () => {
  const jobFor = (subscriber: GqlContext, made: Promise<ExecutionResult>, onExecute = () => undefined): PayloadJob => ({
    subscriber,
    newLoaders: () => ({}) as GqlContext['loaders'],
    execute: () => {
      onExecute();
      return made;
    },
    serialize: (result) => JSON.stringify(result),
  });

  it('reaches every waiting subscriber of its audience in one pass, with no promise turn between them', async () => {
    const shared = new SharedResponses();
    const event = {};
    let finishExecution: (result: ExecutionResult) => void = () => undefined;
    const execution = new Promise<ExecutionResult>((resolve) => (finishExecution = resolve));
    const subscribers = ['a', 'b', 'c', 'd'].map((id) => contextOf(user(id, 'cbp')));
    const order: string[] = [];
    for (const subscriber of subscribers) {
      const payload = shared.payload(event, 'key', jobFor(subscriber, execution));
      expect(typeof payload).not.toBe('string');
      (payload as Exclude<typeof payload, string>).then(
        () => {
          order.push(subscriber.requestId);
          // Queued here, a microtask runs only after the whole pass: none may appear before 'd'.
          void Promise.resolve().then(() => order.push(`turn after ${subscriber.requestId}`));
        },
        () => order.push('failed'),
      );
    }
    finishExecution({ data: { value: 'made' } as never });
    await new Promise((resolve) => setImmediate(resolve));
    expect(order.slice(0, 4)).toEqual(['a', 'b', 'c', 'd']);
    expect([shared.executions, shared.reuses]).toEqual([1, 3]);
  });

  it('fails every subscriber waiting on an execution that fails; the next subscriber executes again', async () => {
    const shared = new SharedResponses();
    const event = {};
    const broken = Promise.reject(new Error('database gone'));
    const first = settled(shared.payload(event, 'key', jobFor(contextOf(user('a', 'cbp')), broken)));
    const second = settled(shared.payload(event, 'key', jobFor(contextOf(user('b', 'cbp')), broken)));
    await expect(first).rejects.toThrow('database gone');
    await expect(second).rejects.toThrow('database gone');
    const later = await settled(shared.payload(event, 'key', jobFor(contextOf(user('c', 'cbp')), Promise.resolve({ data: { value: 'back' } as never }))));
    expect(later).toBe('{"data":{"value":"back"}}');
    expect(shared.executions).toBe(2);
  });

  it('hands the payload to the rest of the audience when one waiting subscriber throws', async () => {
    const shared = new SharedResponses();
    const event = {};
    let finishExecution: (result: ExecutionResult) => void = () => undefined;
    const execution = new Promise<ExecutionResult>((resolve) => (finishExecution = resolve));
    const outcomes: string[] = [];
    ['a', 'b', 'c'].forEach((id) => {
      const payload = shared.payload(event, 'key', jobFor(contextOf(user(id, 'cbp')), execution));
      (payload as Exclude<typeof payload, string>).then(
        (json) => {
          if (id === 'b') throw new Error('socket gone');
          outcomes.push(`${id}: ${json}`);
        },
        (error) => outcomes.push(`${id} failed: ${(error as Error).message}`),
      );
    });
    finishExecution({ data: { value: 'made' } as never });
    await new Promise((resolve) => setImmediate(resolve));
    expect(outcomes).toEqual(['a: {"data":{"value":"made"}}', 'b failed: socket gone', 'c: {"data":{"value":"made"}}']);
  });
});

describe('sharedDeliveryKey', () => {
  const schema = buildSchema(`
    type Query { ok: Boolean }
    type Event { seq: Int title(lang: String): String }
    type Subscription { planEvents(planId: ID!, afterSeq: Int): Event  presence(planId: ID!): Event }
  `);
  schema.getSubscriptionType()!.getFields().planEvents.extensions = { sharedDelivery: true };
  const key = (query: string, variables: Record<string, unknown>) => sharedDeliveryKey(schema, parse(query), { query, variables });

  it('groups subscribers of a shared field whatever their root arguments (afterSeq), by what lies below', () => {
    const query = `subscription($p: ID!, $a: Int, $lang: String) { planEvents(planId: $p, afterSeq: $a) { seq title(lang: $lang) } }`;
    expect(key(query, { p: 'x', a: 1, lang: 'en' })).toBe(key(query, { p: 'x', a: 7, lang: 'en' }));
    expect(key(query, { p: 'x', a: 1, lang: 'en' })).not.toBe(key(query, { p: 'x', a: 1, lang: 'es' }));
    expect(key(`subscription($p: ID!) { planEvents(planId: $p) { seq } }`, { p: 'x' })).not.toBe(key(query, { p: 'x' }));
  });

  it('does not share fields that did not opt in, queries, or operations with several root fields', () => {
    expect(key(`subscription($p: ID!) { presence(planId: $p) { seq } }`, { p: 'x' })).toBeNull();
    expect(key(`query { ok }`, {})).toBeNull();
    expect(key(`subscription($p: ID!) { a: planEvents(planId: $p) { seq } b: planEvents(planId: $p) { seq } }`, { p: 'x' })).toBeNull();
  });
});
