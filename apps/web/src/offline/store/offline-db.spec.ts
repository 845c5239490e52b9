/** @jest-environment node */
// Node, not jsdom: fake-indexeddb needs structuredClone, which jest's jsdom environment lacks.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { OFFLINE_DB_NAME, openOfflineDb } from './offline-db';

describe('openOfflineDb', () => {
  it('creates jointops-offline v1 with identity, copies and queue and their indexes', async () => {
    const db = await openOfflineDb({ indexedDB: new IDBFactory() });
    expect(db.name).toBe('jointops-offline');
    expect(db.version).toBe(1);
    expect([...db.objectStoreNames].sort()).toEqual(['copies', 'identity', 'queue']);
    const tx = db.transaction(['copies', 'queue']);
    const copies = tx.objectStore('copies');
    const queue = tx.objectStore('queue');
    expect(copies.keyPath).toEqual(['userId', 'planId']);
    expect([...copies.indexNames]).toEqual(['by-user']);
    expect(queue.autoIncrement).toBe(true);
    expect([...queue.indexNames].sort()).toEqual(['by-user', 'by-user-plan']);
    expect(queue.index('by-user-plan').keyPath).toEqual(['userId', 'planId']);
    db.close();
  });

  it('steps aside when another tab opens a newer version, so that upgrade is not blocked', async () => {
    const factory = new IDBFactory();
    const onClosed = jest.fn();
    const onBlocked = jest.fn();
    await openOfflineDb({ indexedDB: factory, onClosed });
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(OFFLINE_DB_NAME, 2);
      request.onblocked = onBlocked;
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(newer.version).toBe(2);
    expect(onBlocked).not.toHaveBeenCalled();
    expect(onClosed).toHaveBeenCalled();
    newer.close();
  });

  it('says so when no IndexedDB is available', async () => {
    const original = globalThis.indexedDB;
    Object.assign(globalThis, { indexedDB: undefined });
    try {
      await expect(openOfflineDb()).rejects.toThrow(/no IndexedDB/);
    } finally {
      Object.assign(globalThis, { indexedDB: original });
    }
  });
});
