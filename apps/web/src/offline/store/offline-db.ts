/**
 * The IndexedDB database of offline work (issue 19): `jointops-offline`, version 1.
 *
 * - `identity`: one record (key `current`): who is signed in on this device.
 * - `copies`: one plan's offline copy per [userId, planId]; index `by-user`.
 * - `queue`: writes waiting to be sent, autoIncrement `id` (the order they were written in); indexes
 *   `by-user` and `by-user-plan` ([userId, planId]).
 */
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { OfflineCopy, OfflineIdentity, QueuedWrite } from './types';

export const OFFLINE_DB_NAME = 'jointops-offline';
export const OFFLINE_DB_VERSION = 1;
export const IDENTITY_KEY = 'current';

/** A queued write before IndexedDB gives it its id. */
export type StoredWrite = Omit<QueuedWrite, 'id'> & { id?: number };

export interface OfflineDbSchema extends DBSchema {
  identity: { key: string; value: OfflineIdentity };
  copies: { key: [string, string]; value: OfflineCopy; indexes: { 'by-user': string } };
  queue: { key: number; value: QueuedWrite; indexes: { 'by-user': string; 'by-user-plan': [string, string] } };
}

export type OfflineDb = IDBPDatabase<OfflineDbSchema>;

export interface OpenOfflineDbOptions {
  /** The IndexedDB to use (tests pass fake-indexeddb's `new IDBFactory()`); the browser's by default. */
  indexedDB?: IDBFactory;
  /** Another tab holds an older version open and does not close it: the upgrade waits. */
  onBlocked?: () => void;
  /** This connection was closed so that another tab could upgrade (or the browser closed it). */
  onClosed?: () => void;
}

/**
 * Opens the database, creating its stores on first use. idb's openDB always uses the global
 * `indexedDB`, so this opens the request on the given factory and lets idb `wrap` it.
 */
export function openOfflineDb(options: OpenOfflineDbOptions = {}): Promise<OfflineDb> {
  const factory = options.indexedDB ?? globalThis.indexedDB;
  if (!factory) return Promise.reject(new Error('This browser has no IndexedDB: offline work is not available.'));
  const request = factory.open(OFFLINE_DB_NAME, OFFLINE_DB_VERSION);
  request.addEventListener('upgradeneeded', (event) => upgrade(wrap(request.result) as OfflineDb, event.oldVersion));
  request.addEventListener('blocked', () => options.onBlocked?.());
  const opened = wrap(request) as unknown as Promise<OfflineDb>;
  return opened.then((db) => {
    // A newer version is being opened in another tab: step aside, or its upgrade would wait for us.
    db.addEventListener('versionchange', () => {
      db.close();
      options.onClosed?.();
    });
    // The browser closed it (storage cleared, disk error).
    db.addEventListener('close', () => options.onClosed?.());
    return db;
  });
}

function upgrade(db: OfflineDb, oldVersion: number): void {
  if (oldVersion < 1) {
    db.createObjectStore('identity');
    const copies = db.createObjectStore('copies', { keyPath: ['userId', 'planId'] });
    copies.createIndex('by-user', 'userId');
    const queue = db.createObjectStore('queue', { keyPath: 'id', autoIncrement: true });
    queue.createIndex('by-user', 'userId');
    queue.createIndex('by-user-plan', ['userId', 'planId']);
  }
}
