import { SESSION_POLICY } from '@jointops/domain';

/** localStorage key under which the app remembers that it is signed in (never the token). */
export const SESSION_STORAGE_KEY = 'jointops.session';

/**
 * What the browser keeps about a session besides its cookie: when it lapses if unused, and
 * whether it must change its password. The token itself lives only in the `jointops_session`
 * cookie, which is HttpOnly: no script of the page can read it, so none can leak it.
 */
export interface StoredSession {
  /** ISO-8601 instant after which the session is treated as ended here. */
  expiresAt: string;
  /**
   * After an administrator's reset: until the password is changed the server refuses everything
   * but `me`, `logout` and `changePassword`, and the web shows only the change-password page.
   */
  mustChangePassword?: boolean;
  /**
   * The deployment requires a second factor and the account has none: until one is enrolled the
   * server refuses everything but `me`, `logout` and enrollment, and the web shows only the
   * security page.
   */
  restricted?: boolean;
  /**
   * ISO instant this browser signed in (absent for a session found through `me`): the session's
   * 12-hour absolute end, when offline copies are cleared, counts from it (issue 19).
   */
  startedAt?: string;
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
  /** Whether a session is open here and has not lapsed. */
  isLive(): boolean;
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

/** An entry from before sessions moved to the cookie carries a bearer token: it is dropped, never read. */
function isStoredSession(value: unknown): value is StoredSession {
  if (typeof value !== 'object' || value === null || 'token' in value) return false;
  return typeof (value as Record<string, unknown>)['expiresAt'] === 'string';
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
      const stored: StoredSession = {
        expiresAt: session.expiresAt,
        ...(session.mustChangePassword ? { mustChangePassword: true } : {}),
        ...(session.restricted ? { restricted: true } : {}),
        ...(session.startedAt ? { startedAt: session.startedAt } : {}),
      };
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
    return {
      expiresAt: parsed.expiresAt,
      ...(parsed.mustChangePassword === true ? { mustChangePassword: true } : {}),
      ...(parsed.restricted === true ? { restricted: true } : {}),
      ...(typeof parsed.startedAt === 'string' ? { startedAt: parsed.startedAt } : {}),
    };
  };

  return {
    read,
    isLive: () => read() !== null,
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
