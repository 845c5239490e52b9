import { SESSION_POLICY } from '@jointops/domain';

/** localStorage key under which the signed-in session is kept. */
export const SESSION_STORAGE_KEY = 'jointops.session';

/** What the browser keeps about a session: the opaque bearer token and when it lapses if unused. */
export interface StoredSession {
  token: string;
  /** ISO-8601 instant after which the token is treated as absent. */
  expiresAt: string;
  /**
   * After an administrator's reset: until the password is changed the server refuses everything
   * but `me`, `logout` and `changePassword`, and the web shows only the change-password page.
   */
  mustChangePassword?: boolean;
}

export interface SessionStoreOptions {
  /** Defaults to `window.localStorage` when available; a store without storage keeps nothing. */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** Milliseconds since the epoch; injectable for tests. */
  now?: () => number;
}

export interface SessionStore {
  /** The stored session, or null when none is stored, it is unreadable or it has expired. */
  read(): StoredSession | null;
  /** The bearer token of a live session, or null. */
  getToken(): string | null;
  save(session: StoredSession): void;
  clear(): void;
  /**
   * Records activity: the server slides its idle timeout on every authenticated request, so
   * the local expiry moves forward by the same idle window (never backwards). The server stays
   * the authority: when it answers UNAUTHENTICATED the session is cleared regardless.
   */
  touch(): void;
}

function defaultStorage(): SessionStoreOptions['storage'] {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    // Storage can be disabled (privacy settings); then nothing persists across reloads.
    return null;
  }
}

function isStoredSession(value: unknown): value is StoredSession {
  if (typeof value !== 'object' || value === null) return false;
  const { token, expiresAt } = value as Record<string, unknown>;
  return typeof token === 'string' && token.length > 0 && typeof expiresAt === 'string';
}

export function createSessionStore(options: SessionStoreOptions = {}): SessionStore {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const now = options.now ?? (() => Date.now());

  const remove = () => {
    try {
      storage?.removeItem(SESSION_STORAGE_KEY);
    } catch {
      /* storage unavailable */
    }
  };

  const write = (session: StoredSession) => {
    try {
      const stored: StoredSession = { token: session.token, expiresAt: session.expiresAt, ...(session.mustChangePassword ? { mustChangePassword: true } : {}) };
      storage?.setItem(SESSION_STORAGE_KEY, JSON.stringify(stored));
    } catch {
      /* storage full or unavailable: the session lasts for this page only */
    }
  };

  const read = (): StoredSession | null => {
    let raw: string | null;
    try {
      raw = storage?.getItem(SESSION_STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
    if (!raw) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      remove();
      return null;
    }
    if (!isStoredSession(parsed)) {
      remove();
      return null;
    }
    const expires = Date.parse(parsed.expiresAt);
    if (Number.isNaN(expires) || expires <= now()) {
      remove();
      return null;
    }
    return { token: parsed.token, expiresAt: parsed.expiresAt, ...(parsed.mustChangePassword === true ? { mustChangePassword: true } : {}) };
  };

  return {
    read,
    getToken: () => read()?.token ?? null,
    save: write,
    clear: remove,
    touch: () => {
      const current = read();
      if (!current) return;
      const slid = now() + SESSION_POLICY.idleTimeoutMinutes * 60_000;
      if (slid > Date.parse(current.expiresAt)) write({ ...current, expiresAt: new Date(slid).toISOString() });
    },
  };
}
