/**
 * The device side of offline work (issue 19): what is kept in IndexedDB and how the rest of the web
 * app reaches it. Everything is keyed by the user's id: one person's copies and queued writes are
 * never shown to, or sent as, another.
 */
import type { OfflineWrite } from '@jointops/domain';
import type { DebriefInput, FieldCopyQuery } from '@jointops/web-data';

/** Who is signed in on this device, noted at sign-in; offline the app still knows whose copies to show. */
export interface OfflineIdentity {
  userId: string;
  displayName: string;
  /** Epoch ms: the session's 12-hour absolute end (sign-in time on this device + 12 h). Idle timeouts do not count. */
  sessionEndsAt: number;
}

export type FieldCopyPlan = NonNullable<FieldCopyQuery['plan']>;

/** One plan as the officer last saw it online. */
export interface OfflineCopy {
  userId: string;
  planId: string;
  /** ISO instant the copy was last refreshed from the server ("Last updated …"). */
  savedAt: string;
  /** Epoch ms after which the copy must be gone (offlineCopyExpiresAt in libs/domain). */
  expiresAt: number;
  plan: FieldCopyPlan;
}

export interface LogActivityVariables {
  planId: string;
  text: string;
  /** When the officer wrote it (ISO); sent as `at`, never the time it synced. */
  at: string;
}

export interface RecordActualsVariables {
  id: string;
  expectedVersion: number;
  actualStartsAt: string | null;
  actualEndsAt: string | null;
}

export interface SaveDebriefVariables {
  planId: string;
  input: DebriefInput;
  /** The draft's version the officer last saw; undefined for a first save. */
  expectedVersion?: number;
}

export type QueuedWriteState = 'waiting' | 'sending' | 'refused';

/** The server's refusal of a queued write, kept and shown until the officer deals with it. */
export interface QueuedWriteError {
  /** `extensions.code` (INVALID_INPUT, CONFLICT, PLAN_INVALID_STATE, …). */
  code: string;
  message: string;
  field?: string;
  /** For CONFLICT: the server's current version (`extensions.currentVersion`). */
  currentVersion?: number;
  /** For CONFLICT: the entity as it stands on the server (`extensions.current`), for the comparison. */
  current?: Record<string, unknown>;
}

interface QueuedWriteBase {
  /** IndexedDB key, increasing: the order the officer wrote in, and the order they are sent in. */
  id: number;
  /** crypto.randomUUID(), sent as `clientKey`: a second send never makes a second entry. */
  clientKey: string;
  userId: string;
  planId: string;
  /** ISO instant the officer wrote it. */
  writtenAt: string;
  state: QueuedWriteState;
  attempts: number;
  error?: QueuedWriteError;
  /** A short text for the queue's list ("Log entry: …", "Actual times: Briefing", "Debrief draft"). */
  summary: string;
}

export type QueuedWrite =
  | (QueuedWriteBase & { kind: 'logActivity'; variables: LogActivityVariables })
  | (QueuedWriteBase & { kind: 'recordTimelineActuals'; variables: RecordActualsVariables })
  | (QueuedWriteBase & { kind: 'saveDebrief'; variables: SaveDebriefVariables });

export type NewQueuedWrite = (
  | { kind: 'logActivity'; userId: string; planId: string; summary: string; variables: LogActivityVariables }
  | { kind: 'recordTimelineActuals'; userId: string; planId: string; summary: string; variables: RecordActualsVariables }
  | { kind: 'saveDebrief'; userId: string; planId: string; summary: string; variables: SaveDebriefVariables }
) & {
  /** The key a direct send already used (the sender queues it after a network failure); a fresh UUID otherwise. */
  clientKey?: string;
  /** ISO instant it was written; now by default. */
  writtenAt?: string;
};

// Every kind of write the server accepts a client key for has a queue entry.
type Check<T extends true> = T;
export type QueuedKindsAreOfflineWrites = Check<QueuedWrite['kind'] extends OfflineWrite ? (OfflineWrite extends QueuedWrite['kind'] ? true : false) : false>;

/** Thrown by `queue.add` when the device's storage cannot take more ("Storage full: …"). */
export class OfflineStorageFullError extends Error {
  readonly code = 'STORAGE_FULL';

  constructor(message = 'Storage full: this device has no room to keep more offline entries. Connect to send the waiting ones, or free some space.') {
    super(message);
    this.name = 'OfflineStorageFullError';
  }
}

/** What happened to a write handed to the sender. */
export type SendOutcome<T = unknown> =
  | { status: 'sent'; result: T }
  /** No connection (or the server is unreachable): it waits in the queue. */
  | { status: 'queued'; write: QueuedWrite };

export interface OfflineStore {
  identity: {
    read(): Promise<OfflineIdentity | null>;
    save(identity: OfflineIdentity): Promise<void>;
    clear(): Promise<void>;
  };
  copies: {
    save(copy: OfflineCopy): Promise<void>;
    /** Null when missing or expired (an expired copy is deleted on read). */
    read(userId: string, planId: string, now?: number): Promise<OfflineCopy | null>;
    list(userId: string, now?: number): Promise<OfflineCopy[]>;
    remove(userId: string, planId: string): Promise<void>;
    /** Deletes every copy past its expiresAt; returns how many. */
    purgeExpired(now?: number): Promise<number>;
    /** Sign-out and the session's absolute end: every copy of this user goes. */
    clearUser(userId: string): Promise<void>;
  };
  queue: {
    /**
     * Adds a write (state waiting, a fresh client key). Refuses with OfflineStorageFullError when
     * navigator.storage.estimate() leaves less than OFFLINE_POLICY.minimumFreeBytes. A debrief save
     * replaces the input of a `waiting` save of the same user and plan (one draft, the latest text,
     * keeping the earlier entry's expectedVersion and place in line, under the new write's client key:
     * the old key may already have reached the server with the old text).
     */
    add(write: NewQueuedWrite): Promise<QueuedWrite>;
    /** The user's writes (of one plan when given), oldest first. */
    list(userId: string, planId?: string): Promise<QueuedWrite[]>;
    /** Overwrites a write that is still there (a write removed meanwhile, e.g. in another tab, stays gone). */
    update(write: QueuedWrite): Promise<void>;
    /**
     * Reads a write, changes it and puts it back in one IndexedDB transaction, so a change made at
     * the same time in another tab (a debrief coalesced into it) is not overwritten with a stale copy.
     * `change` must not await; returning null leaves the write as it is. Returns what was stored, or null.
     */
    modify(id: number, change: (current: QueuedWrite) => QueuedWrite | null): Promise<QueuedWrite | null>;
    remove(id: number): Promise<void>;
    /** Told after any change to the queue, in this tab or another (BroadcastChannel). */
    subscribe(listener: () => void): () => void;
  };
}

/**
 * Sends one user's queued writes (store/sender.ts). Queue order is kept per user: a write made while
 * older ones of the same user still wait joins the end of the line.
 */
export interface QueueSender {
  /**
   * A new write. Sent at once (with its client key) when the browser is online and nothing of this
   * user waits; a network failure then queues it. Otherwise queued, and a flush is started (not awaited:
   * the outcome is `queued`, and a later refusal shows in the queue).
   * A direct send's GraphQL error (validation, CONFLICT, …) is thrown as it came, so the form shows it;
   * one that only says "not now" (UNAUTHENTICATED, RATE_LIMITED, …: see sender.ts) queues it instead.
   */
  submit<T = unknown>(write: NewQueuedWrite): Promise<SendOutcome<T>>;
  /**
   * Sends the user's `waiting` writes oldest first, in one tab at a time (navigator.locks). A write
   * the server refuses is marked `refused` with its error and the next one goes; a network failure
   * or UNAUTHENTICATED stops the flush (the rest keep waiting). After a debrief save succeeds, a
   * waiting save of the same plan takes the returned version as its expectedVersion.
   */
  flush(): Promise<void>;
  /** A refused write goes back to waiting (for a CONFLICT: with `expectedVersion` when given) and a flush starts. */
  retry(id: number, expectedVersion?: number): Promise<void>;
  /** The officer gave up on a write (refused, after copying its text, or still waiting); one being sent stays. */
  discard(id: number): Promise<void>;
}
