import { createSessionStore, SESSION_STORAGE_KEY } from './session-store';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const T0 = Date.parse('2027-03-01T14:00:00Z');

describe('session store', () => {
  it('keeps the session (never a token) while it has not expired', () => {
    const storage = memoryStorage();
    let now = T0;
    const store = createSessionStore({ storage, now: () => now });
    store.save({ expiresAt: '2027-03-01T14:30:00Z' });

    expect(JSON.parse(storage.items.get(SESSION_STORAGE_KEY)!)).toEqual({ expiresAt: '2027-03-01T14:30:00Z' });
    expect(store.isLive()).toBe(true);
    now = Date.parse('2027-03-01T14:29:59Z');
    expect(store.read()).toEqual({ expiresAt: '2027-03-01T14:30:00Z' });
  });

  it('treats the session as absent once expiresAt has passed, and forgets it', () => {
    const storage = memoryStorage();
    let now = T0;
    const store = createSessionStore({ storage, now: () => now });
    store.save({ expiresAt: '2027-03-01T14:30:00Z' });

    now = Date.parse('2027-03-01T14:30:00Z');
    expect(store.isLive()).toBe(false);
    expect(store.read()).toBeNull();
    expect(storage.items.has(SESSION_STORAGE_KEY)).toBe(false);
  });

  it('ignores and removes unreadable or malformed entries', () => {
    const storage = memoryStorage();
    const store = createSessionStore({ storage, now: () => T0 });
    for (const raw of ['not json', '{"expiresAt":""}', '{"expiresAt":"whenever"}', '{"expiresAt":42}', 'null']) {
      storage.items.set(SESSION_STORAGE_KEY, raw);
      expect(store.isLive()).toBe(false);
      expect(storage.items.has(SESSION_STORAGE_KEY)).toBe(false);
    }
  });

  it('drops, unread, an entry from before the cookie that still holds a bearer token', () => {
    const storage = memoryStorage();
    storage.items.set(SESSION_STORAGE_KEY, JSON.stringify({ token: 'old-bearer-token', expiresAt: '2027-03-01T14:30:00Z' }));
    const store = createSessionStore({ storage, now: () => T0 });
    expect(store.read()).toBeNull();
    expect(storage.items.has(SESSION_STORAGE_KEY)).toBe(false);
  });

  it('writes nothing but the expiry and the password flag, whatever it is given', () => {
    const storage = memoryStorage();
    const store = createSessionStore({ storage, now: () => T0 });
    store.save({ token: 'from-a-login-payload', expiresAt: '2027-03-01T14:30:00Z' } as never);
    expect(storage.items.get(SESSION_STORAGE_KEY)).toBe('{"expiresAt":"2027-03-01T14:30:00Z"}');
  });

  it('clear() signs out', () => {
    const storage = memoryStorage();
    const store = createSessionStore({ storage, now: () => T0 });
    store.save({ expiresAt: '2027-03-01T14:30:00Z' });
    store.clear();
    expect(store.isLive()).toBe(false);
  });

  it('touch() slides the expiry forward by the idle timeout, never backwards', () => {
    const storage = memoryStorage();
    let now = T0;
    const store = createSessionStore({ storage, now: () => now });
    store.save({ expiresAt: '2027-03-01T14:30:00Z' });

    now = Date.parse('2027-03-01T14:20:00Z');
    store.touch();
    expect(store.read()?.expiresAt).toBe('2027-03-01T14:50:00.000Z');

    now = Date.parse('2027-03-01T14:05:00Z');
    store.touch();
    expect(store.read()?.expiresAt).toBe('2027-03-01T14:50:00.000Z');
  });

  it('keeps when this browser signed in across reloads and touches (offline copies end 12 hours after it)', () => {
    const storage = memoryStorage();
    let now = T0;
    const store = createSessionStore({ storage, now: () => now });
    store.save({ expiresAt: '2027-03-01T14:30:00Z', startedAt: '2027-03-01T14:00:00.000Z' });
    now = Date.parse('2027-03-01T14:20:00Z');
    store.touch();
    expect(createSessionStore({ storage, now: () => now }).read()).toEqual({ expiresAt: '2027-03-01T14:50:00.000Z', startedAt: '2027-03-01T14:00:00.000Z' });
  });

  it('keeps "must change password" across reloads and touches, until a session without it is saved', () => {
    const storage = memoryStorage();
    let now = T0;
    const store = createSessionStore({ storage, now: () => now });
    store.save({ expiresAt: '2027-03-01T14:30:00Z', mustChangePassword: true });
    expect(createSessionStore({ storage, now: () => now }).read()).toEqual({ expiresAt: '2027-03-01T14:30:00Z', mustChangePassword: true });
    now = Date.parse('2027-03-01T14:20:00Z');
    store.touch();
    expect(store.read()).toEqual({ expiresAt: '2027-03-01T14:50:00.000Z', mustChangePassword: true });
    store.save({ expiresAt: '2027-03-01T14:50:00.000Z' });
    expect(store.read()).toEqual({ expiresAt: '2027-03-01T14:50:00.000Z' });
  });

  it('touch() does not revive an expired session', () => {
    const storage = memoryStorage();
    let now = T0;
    const store = createSessionStore({ storage, now: () => now });
    store.save({ expiresAt: '2027-03-01T14:30:00Z' });
    now = Date.parse('2027-03-01T15:00:00Z');
    store.touch();
    expect(store.isLive()).toBe(false);
  });

  it('keeps nothing when storage throws', () => {
    const storage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const store = createSessionStore({ storage, now: () => T0 });
    expect(() => store.save({ expiresAt: '2027-03-01T14:30:00Z' })).not.toThrow();
    expect(store.isLive()).toBe(false);
    expect(() => store.clear()).not.toThrow();
  });
});
