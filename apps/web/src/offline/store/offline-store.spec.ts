/** @jest-environment node */
// Node, not jsdom: fake-indexeddb needs structuredClone, which jest's jsdom environment lacks.
import 'fake-indexeddb/auto';
import { offlineCopyExpiresAt } from '@jointops/domain';
import { IDBFactory } from 'fake-indexeddb';
import { actuals, debrief, logEntry, T0, testStore } from './offline-fixtures';
import { clearOfflineDataAtSignOut, createOfflineStore, type OfflineChannel } from './offline-store';
import { OfflineStorageFullError, type FieldCopyPlan, type OfflineCopy } from './types';

const HOUR = 3_600_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const copy = (userId: string, planId: string, expiresAt: number): OfflineCopy => ({
  userId,
  planId,
  savedAt: new Date(T0).toISOString(),
  expiresAt,
  plan: { id: planId, title: `Plan ${planId}` } as FieldCopyPlan,
});

describe('offline copies', () => {
  it('are gone at the session absolute end (12 h), not before', async () => {
    const store = testStore();
    const sessionEndsAt = T0 + 12 * HOUR;
    await store.copies.save(copy('u-a', 'p1', offlineCopyExpiresAt(sessionEndsAt, null)));
    expect((await store.copies.read('u-a', 'p1', sessionEndsAt - 1))?.plan.title).toBe('Plan p1');
    expect(await store.copies.read('u-a', 'p1', sessionEndsAt)).toBeNull();
    // Deleted on that read, not merely hidden: an earlier clock does not bring it back.
    expect(await store.copies.read('u-a', 'p1', T0)).toBeNull();
    await store.close();
  });

  it('are gone 24 h after the plan was completed; list and purgeExpired drop them', async () => {
    const store = testStore();
    const completedAt = T0 - 20 * HOUR;
    await store.copies.save(copy('u-a', 'done', offlineCopyExpiresAt(T0 + 12 * HOUR, completedAt)));
    await store.copies.save(copy('u-a', 'live', offlineCopyExpiresAt(T0 + 12 * HOUR, null)));
    await store.copies.save(copy('u-b', 'old', T0 - 1));
    expect((await store.copies.list('u-a', completedAt + 24 * HOUR - 1)).map((c) => c.planId).sort()).toEqual(['done', 'live']);
    expect((await store.copies.list('u-a', completedAt + 24 * HOUR)).map((c) => c.planId)).toEqual(['live']);
    expect(await store.copies.purgeExpired(T0)).toBe(1); // u-b's old one; u-a's was deleted by list
    expect(await store.copies.list('u-b', 0)).toEqual([]);
    await store.close();
  });

  it('clearUser removes every copy of that user only; identity survives', async () => {
    const store = testStore();
    await store.identity.save({ userId: 'u-a', displayName: 'A', sessionEndsAt: T0 + 12 * HOUR });
    await store.copies.save(copy('u-a', 'p1', T0 + HOUR));
    await store.copies.save(copy('u-a', 'p2', T0 + HOUR));
    await store.copies.save(copy('u-b', 'p1', T0 + HOUR));
    await store.copies.clearUser('u-a');
    expect(await store.copies.list('u-a')).toEqual([]);
    expect((await store.copies.list('u-b')).map((c) => c.planId)).toEqual(['p1']);
    expect(await store.identity.read()).toEqual({ userId: 'u-a', displayName: 'A', sessionEndsAt: T0 + 12 * HOUR });
    await store.close();
  });

  it('sign-out clears copies and identity but keeps the queue for the same user', async () => {
    const store = testStore();
    await store.identity.save({ userId: 'u-a', displayName: 'A', sessionEndsAt: T0 + 12 * HOUR });
    await store.copies.save(copy('u-a', 'p1', T0 + HOUR));
    await store.queue.add(logEntry('u-a', 'p1', 'Road closed'));
    await clearOfflineDataAtSignOut('u-a', store);
    expect(await store.copies.list('u-a')).toEqual([]);
    expect(await store.identity.read()).toBeNull();
    expect((await store.queue.list('u-a')).map((w) => w.summary)).toEqual(['Log entry: Road closed']);
    await store.close();
  });
});

describe('the write queue', () => {
  it('keeps the order of writing across kinds, each with its own client key and written time', async () => {
    const store = testStore();
    await store.queue.add(logEntry('u-a', 'p1', 'first'));
    await store.queue.add(actuals('u-a', 'p1', 't1', 2));
    await store.queue.add(debrief('u-a', 'p2', 'draft'));
    await store.queue.add(logEntry('u-a', 'p1', 'last'));
    const writes = await store.queue.list('u-a');
    expect(writes.map((w) => w.kind)).toEqual(['logActivity', 'recordTimelineActuals', 'saveDebrief', 'logActivity']);
    expect(writes.map((w) => w.id)).toEqual([...writes.map((w) => w.id)].sort((a, b) => a - b));
    expect(new Set(writes.map((w) => w.clientKey)).size).toBe(4);
    writes.forEach((w) => expect(w.clientKey).toMatch(UUID));
    expect(writes.every((w) => w.state === 'waiting' && w.attempts === 0 && w.writtenAt === new Date(T0).toISOString())).toBe(true);
    expect((await store.queue.list('u-a', 'p1')).map((w) => w.summary)).toEqual(['Log entry: first', 'Actual times: Briefing', 'Log entry: last']);
    await store.close();
  });

  it('puts a debrief save into the waiting one of the same plan: latest text, earlier version and place, a new key', async () => {
    const store = testStore();
    const first = await store.queue.add(debrief('u-a', 'p1', 'first text', 3));
    await store.queue.add(logEntry('u-a', 'p1', 'between'));
    const second = await store.queue.add(debrief('u-a', 'p1', 'second text', 7));
    await store.queue.add(debrief('u-a', 'p2', 'other plan'));
    expect(second.id).toBe(first.id);
    expect(second.clientKey).not.toBe(first.clientKey);
    const writes = await store.queue.list('u-a');
    expect(writes.map((w) => w.summary)).toEqual(['Debrief draft', 'Log entry: between', 'Debrief draft']);
    expect(writes[0].variables).toEqual({ planId: 'p1', input: { narrative: 'second text' }, expectedVersion: 3 });
    expect(writes[2].planId).toBe('p2');
    await store.close();
  });

  it('does not fold a debrief save into one being sent or refused', async () => {
    const store = testStore();
    const sending = await store.queue.add(debrief('u-a', 'p1', 'in flight', 1));
    await store.queue.modify(sending.id, (w) => ({ ...w, state: 'sending' }));
    const next = await store.queue.add(debrief('u-a', 'p1', 'after', 1));
    await store.queue.modify(next.id, (w) => ({ ...w, state: 'refused', error: { code: 'CONFLICT', message: 'Changed', currentVersion: 4 } }));
    const third = await store.queue.add(debrief('u-a', 'p1', 'third', 1));
    expect(new Set([sending.id, next.id, third.id]).size).toBe(3);
    expect((await store.queue.list('u-a')).map((w) => w.state)).toEqual(['sending', 'refused', 'waiting']);
    await store.close();
  });

  it('refuses a write with OfflineStorageFullError when less than the minimum is free, and keeps nothing', async () => {
    let free = 999_999;
    const store = testStore({ estimate: async () => ({ usage: 10_000_000 - free, quota: 10_000_000 }) });
    await expect(store.queue.add(logEntry('u-a', 'p1', 'too much'))).rejects.toBeInstanceOf(OfflineStorageFullError);
    await expect(store.queue.add(logEntry('u-a', 'p1', 'too much'))).rejects.toMatchObject({ code: 'STORAGE_FULL', message: expect.stringMatching(/^Storage full/) });
    expect(await store.queue.list('u-a')).toEqual([]);
    free = 1_000_000;
    await store.queue.add(logEntry('u-a', 'p1', 'fits'));
    expect(await store.queue.list('u-a')).toHaveLength(1);
    await store.close();
  });

  it("never lists one user's writes to another", async () => {
    const store = testStore();
    await store.queue.add(logEntry('u-a', 'p1', 'A wrote this'));
    await store.queue.add(logEntry('u-b', 'p1', 'B wrote this'));
    expect((await store.queue.list('u-b')).map((w) => w.variables)).toEqual([{ planId: 'p1', text: 'B wrote this', at: '2027-03-01T08:05:00.000Z' }]);
    expect(await store.queue.list('u-b', 'p1')).toHaveLength(1);
    expect(await store.queue.list('u-c')).toEqual([]);
    await store.close();
  });

  it('update does not bring back a write removed meanwhile; modify changes one in place', async () => {
    const store = testStore();
    const write = await store.queue.add(logEntry('u-a', 'p1', 'x'));
    expect(await store.queue.modify(write.id, (w) => ({ ...w, attempts: 2 }))).toMatchObject({ id: write.id, attempts: 2 });
    expect(await store.queue.modify(write.id, () => null)).toBeNull();
    await store.queue.remove(write.id);
    await store.queue.update({ ...write, state: 'refused' });
    expect(await store.queue.list('u-a')).toEqual([]);
    await store.close();
  });

  it('tells listeners of this tab and, through the channel, of another tab', async () => {
    const factory = new IDBFactory();
    const name = `test-${Math.random()}`;
    const [channelA, channelB] = [new BroadcastChannel(name), new BroadcastChannel(name)] as OfflineChannel[];
    const tabA = createOfflineStore({ indexedDB: factory, channel: channelA, estimate: async () => ({}) });
    const tabB = createOfflineStore({ indexedDB: factory, channel: channelB, estimate: async () => ({}) });
    const here = jest.fn();
    const unsubscribe = tabA.queue.subscribe(here);
    const there = new Promise<void>((resolve) => tabB.queue.subscribe(resolve));
    const write = await tabA.queue.add(logEntry('u-a', 'p1', 'x'));
    await there;
    expect(here).toHaveBeenCalledTimes(1);
    expect((await tabB.queue.list('u-a')).map((w) => w.id)).toEqual([write.id]);
    unsubscribe();
    await tabA.queue.remove(write.id);
    expect(here).toHaveBeenCalledTimes(1);
    await Promise.all([tabA.close(), tabB.close()]);
  });
});
