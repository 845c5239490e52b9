/**
 * The device storage of offline work (issue 19), on IndexedDB (offline-db.ts): who is signed in,
 * the plans' offline copies and the queue of writes waiting to be sent. Everything is keyed by the
 * user's id. No React here: the hooks sit on top of `offlineStore()`.
 */
import { OFFLINE_POLICY } from '@jointops/domain';
import { IDENTITY_KEY, openOfflineDb, type OfflineDb, type StoredWrite } from './offline-db';
import { OfflineStorageFullError, type NewQueuedWrite, type OfflineStore, type QueuedWrite } from './types';

export const OFFLINE_CHANNEL_NAME = 'jointops-offline';

/** What the store needs of a BroadcastChannel (the browser's, or a fake in tests). */
export interface OfflineChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close?(): void;
}

export interface StorageEstimateLike {
  usage?: number;
  quota?: number;
}

export interface OfflineStoreOptions {
  /** fake-indexeddb's `new IDBFactory()` in tests; the browser's indexedDB by default. */
  indexedDB?: IDBFactory;
  /** Epoch ms; Date.now by default. */
  now?: () => number;
  /** navigator.storage.estimate by default (no check where the browser has none). */
  estimate?: () => Promise<StorageEstimateLike>;
  /** Tells other tabs the queue changed; BroadcastChannel('jointops-offline') by default, null for none. */
  channel?: OfflineChannel | null;
}

export interface OfflineStoreHandle extends OfflineStore {
  /** Closes the database connection and the channel (tests; a page never needs it). */
  close(): Promise<void>;
}

const QUEUE_CHANGED = { type: 'queue-changed' } as const;

export function createOfflineStore(options: OfflineStoreOptions = {}): OfflineStoreHandle {
  const now = options.now ?? Date.now;
  const estimate = options.estimate ?? browserEstimate();
  const listeners = new Set<() => void>();
  let opening: Promise<OfflineDb> | null = null;
  let channel: OfflineChannel | null | undefined = options.channel;

  const db = (): Promise<OfflineDb> => {
    if (!opening) {
      opening = openOfflineDb({ indexedDB: options.indexedDB, onClosed: () => (opening = null) });
      // A failed open is tried again next time (the tab that upgraded may be done).
      opening.catch(() => (opening = null));
    }
    return opening;
  };

  const tell = () => listeners.forEach((listener) => listener());
  const channelOf = (): OfflineChannel | null => {
    if (channel === undefined) channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(OFFLINE_CHANNEL_NAME);
    return channel;
  };
  let listening = false;
  const listen = () => {
    const other = channelOf();
    if (listening || !other) return;
    listening = true;
    other.addEventListener('message', (event) => {
      if ((event.data as { type?: unknown } | null)?.type === QUEUE_CHANGED.type) tell();
    });
  };
  const queueChanged = () => {
    tell();
    channelOf()?.postMessage(QUEUE_CHANGED);
  };

  async function ensureRoom(): Promise<void> {
    const { usage, quota } = await estimate();
    if (quota !== undefined && quota - (usage ?? 0) < OFFLINE_POLICY.minimumFreeBytes) throw new OfflineStorageFullError();
  }

  return {
    identity: {
      read: async () => (await (await db()).get('identity', IDENTITY_KEY)) ?? null,
      save: async (identity) => void (await (await db()).put('identity', identity, IDENTITY_KEY)),
      clear: async () => (await db()).delete('identity', IDENTITY_KEY),
    },

    copies: {
      save: async (copy) => void (await (await db()).put('copies', copy)),
      async read(userId, planId, at = now()) {
        const database = await db();
        const copy = await database.get('copies', [userId, planId]);
        if (!copy) return null;
        if (copy.expiresAt > at) return copy;
        await database.delete('copies', [userId, planId]);
        return null;
      },
      async list(userId, at = now()) {
        const tx = (await db()).transaction('copies', 'readwrite');
        const all = await tx.store.index('by-user').getAll(userId);
        const expired = all.filter((copy) => copy.expiresAt <= at);
        await Promise.all([...expired.map((copy) => tx.store.delete([copy.userId, copy.planId])), tx.done]);
        return all.filter((copy) => copy.expiresAt > at);
      },
      remove: async (userId, planId) => (await db()).delete('copies', [userId, planId]),
      async purgeExpired(at = now()) {
        const tx = (await db()).transaction('copies', 'readwrite');
        let purged = 0;
        for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
          if (cursor.value.expiresAt <= at) {
            purged += 1;
            await cursor.delete();
          }
        }
        await tx.done;
        return purged;
      },
      async clearUser(userId) {
        const tx = (await db()).transaction('copies', 'readwrite');
        const keys = await tx.store.index('by-user').getAllKeys(userId);
        await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
      },
    },

    queue: {
      async add(write) {
        await ensureRoom();
        const stored = await quotaChecked(async () => addWrite(await db(), write, new Date(now()).toISOString()));
        queueChanged();
        return stored;
      },
      async list(userId, planId) {
        const database = await db();
        const writes = planId === undefined ? await database.getAllFromIndex('queue', 'by-user', userId) : await database.getAllFromIndex('queue', 'by-user-plan', [userId, planId]);
        return writes.sort((a, b) => a.id - b.id);
      },
      async update(write) {
        if (await modifyWrite(await db(), write.id, () => write)) queueChanged();
      },
      async modify(id, change) {
        const stored = await modifyWrite(await db(), id, change);
        if (stored) queueChanged();
        return stored;
      },
      async remove(id) {
        await (await db()).delete('queue', id);
        queueChanged();
      },
      subscribe(listener) {
        listen();
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
    },

    async close() {
      const database = opening;
      opening = null;
      if (database) (await database.catch(() => null))?.close();
      channel?.close?.();
      listeners.clear();
    },
  };
}

/** Adds a write in one transaction; a debrief save goes into a `waiting` one of the same plan (types.ts). */
async function addWrite(database: OfflineDb, write: NewQueuedWrite, writtenAtNow: string): Promise<QueuedWrite> {
  const tx = database.transaction('queue', 'readwrite');
  const clientKey = write.clientKey ?? crypto.randomUUID();
  const writtenAt = write.writtenAt ?? writtenAtNow;
  if (write.kind === 'saveDebrief') {
    const samePlan = await tx.store.index('by-user-plan').getAll([write.userId, write.planId]);
    const earlier = samePlan.sort((a, b) => a.id - b.id).find((w) => w.kind === 'saveDebrief' && w.state === 'waiting');
    if (earlier?.kind === 'saveDebrief') {
      const merged: QueuedWrite = {
        ...earlier,
        clientKey,
        writtenAt,
        summary: write.summary,
        variables: { ...write.variables, expectedVersion: earlier.variables.expectedVersion },
      };
      await Promise.all([tx.store.put(merged), tx.done]);
      return merged;
    }
  }
  const { clientKey: _key, writtenAt: _at, ...rest } = write;
  const record: StoredWrite = { ...rest, clientKey, writtenAt, state: 'waiting', attempts: 0 };
  const id = await tx.store.add(record as QueuedWrite);
  await tx.done;
  return { ...record, id } as QueuedWrite;
}

async function modifyWrite(database: OfflineDb, id: number, change: (current: QueuedWrite) => QueuedWrite | null): Promise<QueuedWrite | null> {
  const tx = database.transaction('queue', 'readwrite');
  const current = await tx.store.get(id);
  const next = current ? change(current) : null;
  if (next) await tx.store.put({ ...next, id });
  await tx.done;
  return next ? { ...next, id } : null;
}

async function quotaChecked<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'QuotaExceededError') throw new OfflineStorageFullError();
    throw error;
  }
}

function browserEstimate(): () => Promise<StorageEstimateLike> {
  return async () => {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    return storage?.estimate ? storage.estimate() : {};
  };
}

let defaultStore: OfflineStoreHandle | null = null;

/** The app's store, created on first use. */
export function offlineStore(): OfflineStoreHandle {
  defaultStore ??= createOfflineStore();
  return defaultStore;
}

/**
 * Sign-out: the user's offline copies and the device's note of who is signed in go. The queue does
 * NOT: it belongs to the user's id and is sent after that same user signs in again (a lapsed
 * session must not cost an officer what they wrote offline); nobody else ever lists or sends it.
 */
export async function clearOfflineDataAtSignOut(userId: string, store: OfflineStore = offlineStore()): Promise<void> {
  await forgetCopiesOf(userId, store);
}

/** Sign-out in the app: the copies of whoever this device noted as signed in. */
export async function forgetOfflineCopies(store: OfflineStore = offlineStore()): Promise<void> {
  const identity = await store.identity.read();
  if (identity) await forgetCopiesOf(identity.userId, store);
}

async function forgetCopiesOf(userId: string, store: OfflineStore): Promise<void> {
  await store.copies.clearUser(userId);
  const identity = await store.identity.read();
  if (!identity || identity.userId === userId) await store.identity.clear();
}
