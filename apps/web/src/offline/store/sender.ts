/**
 * Sends one user's offline writes (issue 19), oldest first, one tab at a time, each with its client
 * key: the server answers a key it has seen with the first write's entity and changes nothing, so
 * sending a write twice (a tab closed mid-send, a lost answer) never makes a second entry.
 */
import type { ApolloClient } from '@apollo/client';
import { conflictOf, graphQLErrorsOf, LogActivityDocument, RecordTimelineActualsDocument, SaveDebriefDocument } from '@jointops/web-data';
import { OfflineStorageFullError, type NewQueuedWrite, type OfflineStore, type QueuedWrite, type QueuedWriteError, type QueueSender, type SendOutcome } from './types';

/** What the sender needs of navigator.locks (a fake in tests). */
export interface QueueLocks {
  request(name: string, options: { ifAvailable: true }, callback: (lock: unknown) => Promise<void>): Promise<void>;
}

export interface QueueSenderOptions {
  store: OfflineStore;
  client: ApolloClient;
  /** The signed-in user: only their writes are listed and sent. */
  userId: string;
  /** navigator.onLine by default. */
  isOnline?: () => boolean;
  /** navigator.locks by default; null (or a browser without it) takes the in-tab mutex below. */
  locks?: QueueLocks | null;
  /** A queued write was sent (not called for a direct send: submit returns its result). */
  onSent?: (write: QueuedWrite, result: unknown) => void;
}

/**
 * Codes that say "not now" rather than "no": the write keeps waiting and the flush stops. A lapsed
 * session (sent after the same user signs in again), a restricted one, rate limiting, a server fault.
 */
const NOT_NOW = new Set(['UNAUTHENTICATED', 'MFA_ENROLLMENT_REQUIRED', 'RATE_LIMITED', 'INTERNAL_SERVER_ERROR']);

type Failure = { kind: 'later' } | { kind: 'refused'; error: QueuedWriteError };

/** A refusal names its code, message, field and (CONFLICT) current version; anything without a GraphQL error is the network. */
export function classifySendError(error: unknown): Failure {
  const errors = graphQLErrorsOf(error);
  if (errors.length === 0) return { kind: 'later' };
  const codeOf = (e: (typeof errors)[number]) => e.extensions?.['code'];
  if (errors.some((e) => NOT_NOW.has(String(codeOf(e))))) return { kind: 'later' };
  const first = errors.find((e) => typeof codeOf(e) === 'string') ?? errors[0];
  const extensions = first.extensions ?? {};
  const violations = extensions['violations'];
  const field = typeof extensions['field'] === 'string' ? extensions['field'] : Array.isArray(violations) ? (violations[0] as { field?: unknown } | undefined)?.field : undefined;
  const conflict = conflictOf(error);
  const currentVersion = conflict?.currentVersion;
  const refusal: QueuedWriteError = { code: typeof extensions['code'] === 'string' ? extensions['code'] : 'REFUSED', message: first.message };
  if (typeof field === 'string') refusal.field = field;
  if (refusal.code === 'CONFLICT' && Number.isFinite(currentVersion)) refusal.currentVersion = currentVersion;
  // The comparison view shows the server's version beside the queued one.
  if (refusal.code === 'CONFLICT' && conflict && Object.keys(conflict.current).length > 0) refusal.current = conflict.current;
  return { kind: 'refused', error: refusal };
}

/** Sends one write with its client key; the mutation's data. */
async function sendWrite(client: ApolloClient, write: NewQueuedWrite & { clientKey: string }): Promise<unknown> {
  const { clientKey } = write;
  switch (write.kind) {
    case 'logActivity':
      return (await client.mutate({ mutation: LogActivityDocument, variables: { ...write.variables, clientKey } })).data;
    case 'recordTimelineActuals':
      return (await client.mutate({ mutation: RecordTimelineActualsDocument, variables: { ...write.variables, clientKey } })).data;
    case 'saveDebrief':
      return (await client.mutate({ mutation: SaveDebriefDocument, variables: { ...write.variables, clientKey } })).data;
  }
}

/**
 * Without navigator.locks (an old browser, jsdom) only the flushes of this tab exclude each other;
 * two tabs may then send the same write at once, and the client key still makes the second a no-op.
 */
const heldInThisTab = new Set<string>();
const inTabLocks: QueueLocks = {
  async request(name, _options, callback) {
    if (heldInThisTab.has(name)) return callback(null);
    heldInThisTab.add(name);
    try {
      await callback({ name });
    } finally {
      heldInThisTab.delete(name);
    }
  },
};

function browserLocks(): QueueLocks | null {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}

const pending = (write: QueuedWrite) => write.state !== 'refused';

export function createQueueSender(options: QueueSenderOptions): QueueSender {
  const { store, client, userId } = options;
  const isOnline = options.isOnline ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);
  const locks = (options.locks === undefined ? browserLocks() : options.locks) ?? inTabLocks;
  const lockName = `jointops-offline-queue:${userId}`;
  let running: Promise<void> | null = null;
  let again = false;

  /** After a debrief save, a waiting save of the same plan builds on the version it made. */
  async function chainVersion(sent: QueuedWrite, result: unknown): Promise<void> {
    const version = (result as { saveDebrief?: { version?: unknown } } | undefined)?.saveDebrief?.version;
    if (sent.kind !== 'saveDebrief' || typeof version !== 'number') return;
    for (const later of await store.queue.list(userId, sent.planId)) {
      if (later.id === sent.id || later.kind !== 'saveDebrief' || later.state !== 'waiting') continue;
      await store.queue.modify(later.id, (current) =>
        current.kind === 'saveDebrief' && current.state === 'waiting' ? { ...current, variables: { ...current.variables, expectedVersion: version } } : null,
      );
    }
  }

  /** Sends until the queue has nothing pending ('done') or the connection or session fails ('stopped'). */
  async function drain(): Promise<'done' | 'stopped'> {
    for (;;) {
      if (!isOnline()) return 'stopped';
      // Read again each time: writes added meanwhile (here or in another tab) join the line.
      const next = (await store.queue.list(userId)).find(pending);
      if (!next) return 'done';
      // A write left `sending` (its tab closed mid-send) is sent again: safe with its client key.
      const write = await store.queue.modify(next.id, (current) => (pending(current) ? { ...current, state: 'sending', attempts: current.attempts + 1 } : null));
      if (!write) continue;
      let result: unknown;
      try {
        result = await sendWrite(client, write);
      } catch (error) {
        const failure = classifySendError(error);
        if (failure.kind === 'later') {
          await store.queue.modify(write.id, (current) => ({ ...current, state: 'waiting' }));
          return 'stopped';
        }
        await store.queue.modify(write.id, (current) => ({ ...current, state: 'refused', error: failure.error }));
        continue;
      }
      await chainVersion(write, result);
      await store.queue.remove(write.id);
      // Told outside the loop: a listener's error is reported and does not stop the queue.
      if (options.onSent) queueMicrotask(() => options.onSent?.(write, result));
    }
  }

  function flush(): Promise<void> {
    if (running) {
      // A flush of this tab is under way: it reads the queue once more before it lets go.
      again = true;
      return running;
    }
    if (!isOnline()) return Promise.resolve();
    running = locks
      .request(lockName, { ifAvailable: true }, async (lock) => {
        // Another tab is sending this user's queue: it will pick up what was just added.
        if (!lock) return;
        let outcome: 'done' | 'stopped';
        do {
          again = false;
          outcome = await drain();
        } while (outcome === 'done' && again);
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  return {
    async submit<T = unknown>(write: NewQueuedWrite): Promise<SendOutcome<T>> {
      if (write.userId !== userId) throw new Error('A write is sent only by the sender of its own user.');
      // A browser without IndexedDB (or with it disabled) has no queue: writes go straight to the server.
      const older = await store.queue.list(userId).then((writes) => writes.some(pending), () => false);
      if (!isOnline() || older) {
        const queued = await store.queue.add(write);
        void flush().catch(() => undefined);
        return { status: 'queued', write: queued };
      }
      const keyed = { ...write, clientKey: write.clientKey ?? crypto.randomUUID(), writtenAt: write.writtenAt ?? new Date().toISOString() };
      try {
        return { status: 'sent', result: (await sendWrite(client, keyed)) as T };
      } catch (error) {
        if (classifySendError(error).kind === 'refused') throw error;
        // Queued under the key it was just sent with: if the server did get it, the next send is a no-op.
        let queued: QueuedWrite;
        try {
          queued = await store.queue.add(keyed);
        } catch (storeError) {
          // Storage full is said as such; with no queue at all, the send's own error stands.
          throw storeError instanceof OfflineStorageFullError ? storeError : error;
        }
        return { status: 'queued', write: queued };
      }
    },

    flush,

    async retry(id, expectedVersion) {
      await store.queue.modify(id, (current) => {
        if (current.userId !== userId || current.state !== 'refused') return null;
        const { error: _refusal, ...rest } = current;
        const waiting = { ...rest, state: 'waiting' as const };
        if (expectedVersion === undefined || waiting.kind === 'logActivity') return waiting;
        return waiting.kind === 'saveDebrief'
          ? { ...waiting, variables: { ...waiting.variables, expectedVersion } }
          : { ...waiting, variables: { ...waiting.variables, expectedVersion } };
      });
      await flush();
    },

    async discard(id) {
      const write = (await store.queue.list(userId)).find((w) => w.id === id);
      // One being sent right now is not taken from under the sender.
      if (write && write.state !== 'sending') await store.queue.remove(id);
    },
  };
}
