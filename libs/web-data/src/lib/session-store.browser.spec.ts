/**
 * @jest-environment jsdom
 */
import { createSessionStore, SESSION_STORAGE_KEY } from './session-store';

describe('session store in a browser', () => {
  afterEach(() => window.localStorage.clear());

  it('uses window.localStorage under jointops.session by default', () => {
    const store = createSessionStore();
    const expiresAt = new Date(Date.now() + 60_000).toISOString();
    store.save({ token: 'abc', expiresAt });
    expect(JSON.parse(window.localStorage.getItem(SESSION_STORAGE_KEY)!)).toEqual({ token: 'abc', expiresAt });
    expect(createSessionStore().getToken()).toBe('abc');
  });

  it('drops a stored session whose expiresAt has passed', () => {
    window.localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token: 'old', expiresAt: new Date(Date.now() - 1).toISOString() }));
    expect(createSessionStore().getToken()).toBeNull();
    expect(window.localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });
});
