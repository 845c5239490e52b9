/** @jest-environment node */
// Node, not jsdom: fake-indexeddb needs structuredClone, which jest's jsdom environment lacks.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { actuals, debrief, fakeLocks, fakeServer, logEntry, testStore } from './offline-fixtures';
import { createOfflineStore } from './offline-store';
import { createQueueSender, type QueueSenderOptions } from './sender';
import type { OfflineStore } from './types';

const validation = { code: 'BAD_USER_INPUT', message: 'The plan is completed: the log is closed.', extensions: { field: 'planId', violations: [{ field: 'planId', message: 'The plan is completed: the log is closed.' }] } };
const conflict = { code: 'CONFLICT', message: 'Someone else changed this debrief.', extensions: { currentVersion: 6, current: { version: 6 } } };
const unauthenticated = { code: 'UNAUTHENTICATED', message: 'Sign in to continue.' };

function setup(options: Partial<QueueSenderOptions> = {}) {
  const store = testStore();
  const server = fakeServer();
  const onSent = jest.fn();
  const sender = createQueueSender({ store, client: server.client(), userId: 'u-a', isOnline: () => true, locks: fakeLocks(), onSent, ...options });
  return { store, server, sender, onSent };
}

async function fill(store: OfflineStore) {
  await store.queue.add(logEntry('u-a', 'p1', 'one', '2027-03-01T08:01:00.000Z'));
  await store.queue.add(actuals('u-a', 'p1', 't1', 2));
  await store.queue.add(logEntry('u-a', 'p1', 'three', '2027-03-01T08:03:00.000Z'));
  return store.queue.list('u-a');
}

describe('flush', () => {
  it('sends in order, each with its client key and the time it was written, and empties the queue', async () => {
    const { store, server, sender, onSent } = setup();
    const queued = await fill(store);
    await sender.flush();
    expect(server.sent).toEqual([
      { name: 'LogActivity', variables: { planId: 'p1', text: 'one', at: '2027-03-01T08:01:00.000Z', clientKey: queued[0].clientKey } },
      { name: 'RecordTimelineActuals', variables: { id: 't1', expectedVersion: 2, actualStartsAt: '2027-03-01T08:10:00.000Z', actualEndsAt: null, clientKey: queued[1].clientKey } },
      { name: 'LogActivity', variables: { planId: 'p1', text: 'three', at: '2027-03-01T08:03:00.000Z', clientKey: queued[2].clientKey } },
    ]);
    expect(await store.queue.list('u-a')).toEqual([]);
    await Promise.resolve();
    expect(onSent.mock.calls.map(([write, result]) => [write.id, Object.keys(result)[0]])).toEqual([
      [queued[0].id, 'logActivity'],
      [queued[1].id, 'recordTimelineActuals'],
      [queued[2].id, 'logActivity'],
    ]);
    await store.close();
  });

  it('stops at a network error: that write and the rest keep waiting', async () => {
    const { store, server, sender } = setup();
    await fill(store);
    server.answers.push('ok', 'network');
    await sender.flush();
    expect(server.sent).toHaveLength(2);
    const left = await store.queue.list('u-a');
    expect(left.map((w) => [w.kind, w.state, w.attempts])).toEqual([
      ['recordTimelineActuals', 'waiting', 1],
      ['logActivity', 'waiting', 0],
    ]);
    await store.close();
  });

  it('marks a validation refusal refused with the server message and field, and sends the next', async () => {
    const { store, server, sender } = setup();
    await fill(store);
    server.answers.push(validation);
    await sender.flush();
    expect(server.sent.map((s) => s.name)).toEqual(['LogActivity', 'RecordTimelineActuals', 'LogActivity']);
    const left = await store.queue.list('u-a');
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ state: 'refused', variables: { text: 'one' }, error: { code: 'BAD_USER_INPUT', message: validation.message, field: 'planId' } });
    // Refused writes stay refused: a later flush does not send them again.
    await sender.flush();
    expect(server.sent).toHaveLength(3);
    await store.close();
  });

  it('keeps a CONFLICT with the current version; retry with it sends the draft again', async () => {
    const { store, server, sender } = setup();
    const write = await store.queue.add(debrief('u-a', 'p1', 'my text', 4));
    server.answers.push(conflict);
    await sender.flush();
    const [refused] = await store.queue.list('u-a');
    expect(refused.error).toEqual({ code: 'CONFLICT', message: conflict.message, currentVersion: 6, current: { version: 6 } });
    await sender.retry(write.id, 6);
    expect(server.sent.map((s) => s.variables)).toEqual([
      { planId: 'p1', input: { narrative: 'my text' }, expectedVersion: 4, clientKey: write.clientKey },
      { planId: 'p1', input: { narrative: 'my text' }, expectedVersion: 6, clientKey: write.clientKey },
    ]);
    expect(await store.queue.list('u-a')).toEqual([]);
    await store.close();
  });

  it('stops at UNAUTHENTICATED without marking anything refused; the same user sends it after signing in', async () => {
    const { store, server, sender } = setup();
    await fill(store);
    server.answers.push(unauthenticated);
    await sender.flush();
    expect(server.sent).toHaveLength(1);
    expect((await store.queue.list('u-a')).map((w) => w.state)).toEqual(['waiting', 'waiting', 'waiting']);
    const again = createQueueSender({ store, client: server.client(), userId: 'u-a', isOnline: () => true, locks: null });
    await again.flush();
    expect(await store.queue.list('u-a')).toEqual([]);
    expect(server.made).toHaveLength(3);
    await store.close();
  });

  it("never sends another user's writes", async () => {
    const { store, server, sender } = setup();
    await store.queue.add(logEntry('u-b', 'p1', 'B wrote this'));
    await store.queue.add(logEntry('u-a', 'p1', 'A wrote this'));
    await sender.flush();
    expect(server.sent.map((s) => s.variables['text'])).toEqual(['A wrote this']);
    expect((await store.queue.list('u-b')).map((w) => w.state)).toEqual(['waiting']);
    await expect(sender.submit(logEntry('u-b', 'p1', 'as B'))).rejects.toThrow(/its own user/);
    await store.close();
  });

  it('sends again a write left `sending` by a tab closed mid-send, under the same key', async () => {
    const { store, server, sender } = setup();
    const [first] = await fill(store);
    await store.queue.modify(first.id, (w) => ({ ...w, state: 'sending', attempts: 1 }));
    await sender.flush();
    expect(server.sent[0].variables).toMatchObject({ text: 'one', clientKey: first.clientKey });
    expect(server.sent).toHaveLength(3);
    expect(await store.queue.list('u-a')).toEqual([]);
    await store.close();
  });

  it('chains debrief versions: a waiting save of the same plan takes the version the sent one made', async () => {
    const { store, server, sender } = setup();
    const first = await store.queue.add(debrief('u-a', 'p1', 'first', 2));
    // The first is in flight when the officer saves again: a second entry, not folded into the first.
    await store.queue.modify(first.id, (w) => ({ ...w, state: 'sending' }));
    await store.queue.add(debrief('u-a', 'p1', 'second', 2));
    await store.queue.add(debrief('u-a', 'p2', 'other plan', 9));
    await store.queue.modify(first.id, (w) => ({ ...w, state: 'waiting' }));
    await sender.flush();
    expect(server.sent.map((s) => [s.variables['planId'], (s.variables['input'] as { narrative: string }).narrative, s.variables['expectedVersion']])).toEqual([
      ['p1', 'first', 2],
      ['p1', 'second', 3],
      ['p2', 'other plan', 9],
    ]);
    await store.close();
  });
});

describe('two tabs', () => {
  function tabs(locksA: ReturnType<typeof fakeLocks>, locksB: ReturnType<typeof fakeLocks>) {
    const factory = new IDBFactory();
    const server = fakeServer();
    const open = () => createOfflineStore({ indexedDB: factory, channel: null, estimate: async () => ({}) });
    const [storeA, storeB] = [open(), open()];
    const a = createQueueSender({ store: storeA, client: server.client(), userId: 'u-a', isOnline: () => true, locks: locksA });
    const b = createQueueSender({ store: storeB, client: server.client(), userId: 'u-a', isOnline: () => true, locks: locksB });
    return { storeA, storeB, a, b, server };
  }

  it('flushing at once with the shared lock send each write once', async () => {
    const shared = fakeLocks();
    const { storeA, storeB, a, b, server } = tabs(shared, shared);
    const queued = await fill(storeA);
    await Promise.all([a.flush(), b.flush()]);
    expect(server.sent.map((s) => s.variables['clientKey'])).toEqual(queued.map((w) => w.clientKey));
    expect(await storeB.queue.list('u-a')).toEqual([]);
    await Promise.all([storeA.close(), storeB.close()]);
  });

  it('without a shared lock a write may go twice, and its client key still makes one entry', async () => {
    const { storeA, storeB, a, b, server } = tabs(fakeLocks(), fakeLocks());
    await fill(storeA);
    await Promise.all([a.flush(), b.flush()]);
    expect(server.sent.length).toBeGreaterThan(3);
    expect(server.made).toHaveLength(3);
    await Promise.all([storeA.close(), storeB.close()]);
  });
});

describe('submit', () => {
  it('sends at once when online and nothing waits, with a client key', async () => {
    const { store, server, sender } = setup();
    const outcome = await sender.submit(logEntry('u-a', 'p1', 'now'));
    expect(outcome).toMatchObject({ status: 'sent', result: { logActivity: { text: 'now' } } });
    expect(server.sent[0].variables['clientKey']).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
    expect(await store.queue.list('u-a')).toEqual([]);
    await store.close();
  });

  it('queues on a network error under the key it was sent with', async () => {
    const { store, server, sender } = setup();
    server.answers.push('network');
    const outcome = await sender.submit(logEntry('u-a', 'p1', 'lost signal'));
    expect(outcome.status).toBe('queued');
    const [queued] = await store.queue.list('u-a');
    expect(queued).toMatchObject({ state: 'waiting', clientKey: server.sent[0].variables['clientKey'], variables: { text: 'lost signal' } });
    await store.close();
  });

  it('queues on UNAUTHENTICATED too: the session lapsed, the write waits for the same user', async () => {
    const { store, server, sender } = setup();
    server.answers.push(unauthenticated);
    expect((await sender.submit(logEntry('u-a', 'p1', 'as the session ended'))).status).toBe('queued');
    expect((await store.queue.list('u-a')).map((w) => [w.state, w.clientKey])).toEqual([['waiting', server.sent[0].variables['clientKey']]]);
    await store.close();
  });

  it('throws a refusal as it came, keeping nothing', async () => {
    const { store, server, sender } = setup();
    server.answers.push(validation);
    await expect(sender.submit(logEntry('u-a', 'p1', 'late'))).rejects.toMatchObject({ errors: [expect.objectContaining({ message: validation.message })] });
    expect(await store.queue.list('u-a')).toEqual([]);
    await store.close();
  });

  it('queues behind waiting writes (and offline) instead of overtaking them', async () => {
    let online = false;
    const { store, server, sender } = setup({ isOnline: () => online });
    expect((await sender.submit(logEntry('u-a', 'p1', 'offline one'))).status).toBe('queued');
    expect(server.sent).toEqual([]);
    online = true;
    const outcome = await sender.submit(logEntry('u-a', 'p1', 'online two'));
    expect(outcome.status).toBe('queued');
    await sender.flush();
    expect(server.sent.map((s) => s.variables['text'])).toEqual(['offline one', 'online two']);
    await store.close();
  });

  it('discard removes a refused write; retry puts it back in line', async () => {
    const { store, server, sender } = setup();
    server.answers.push(validation, validation);
    await store.queue.add(logEntry('u-a', 'p1', 'keep'));
    await store.queue.add(logEntry('u-a', 'p1', 'drop'));
    await sender.flush();
    const [keep, drop] = await store.queue.list('u-a');
    await sender.discard(drop.id);
    await sender.retry(keep.id);
    expect(server.sent.map((s) => s.variables['text'])).toEqual(['keep', 'drop', 'keep']);
    expect(await store.queue.list('u-a')).toEqual([]);
    await store.close();
  });
});
