/**
 * @jest-environment jsdom
 */
import { createSessionStore, SESSION_STORAGE_KEY } from './session-store';

describe('session store in a browser', () => {
  afterEach(() => window.localStorage.clear());

  it('uses window.localStorage under jointops.session by default', () => {
    const store = createSessionStore();
    const expiresAt = new Date(Date.now() + 60_000).toISOString();
    store.save({ expiresAt });
    expect(JSON.parse(window.localStorage.getItem(SESSION_STORAGE_KEY)!)).toEqual({ expiresAt });
    expect(createSessionStore().isLive()).toBe(true);
  });

  it('drops a stored session whose expiresAt has passed', () => {
    window.localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ expiresAt: new Date(Date.now() - 1).toISOString() }));
    expect(createSessionStore().isLive()).toBe(false);
    expect(window.localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });
});
