import { useApolloClient } from '@apollo/client/react';
import { SESSION_POLICY } from '@jointops/domain';
import { isUnauthenticatedError, LogoutDocument, MeDocument, type SessionStore, type StoredSession } from '@jointops/web-data';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate, type Location } from 'react-router';

/** Fired by the Apollo client when the server refuses the session (see createApolloClient). */
export interface UnauthenticatedSignal {
  emit(): void;
  subscribe(listener: () => void): () => void;
}

export function createUnauthenticatedSignal(): UnauthenticatedSignal {
  const listeners = new Set<() => void>();
  return {
    emit: () => listeners.forEach((listener) => listener()),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** Router state carried to /sign-in. */
export interface SignInLocationState {
  from?: Pick<Location, 'pathname' | 'search' | 'hash'>;
  expired?: boolean;
}

export const SIGN_IN_PATH = '/sign-in';
/** Where signing in leads by default: `/` sends each user to their landing page (my-work/landing.ts). */
export const HOME_PATH = '/';
/** Where every signed-in user changes their password, and where a reset account must go first. */
export const CHANGE_PASSWORD_PATH = '/account/password';
export const EXPIRED_SEARCH = '?expired=1';
/** Where every signed-in user manages their second factors, and where a restricted session must enroll one. */
export const SECURITY_PATH = '/account/security';

interface SessionContextValue {
  signedIn: boolean;
  /**
   * Asking the server whether the browser's session cookie is still good, at start when nothing
   * here says so (a session opened elsewhere: another tab before a reload that lost the note,
   * single sign-on). Protected pages wait for the answer instead of sending the user to sign in.
   */
  checking: boolean;
  /** The last session ended because the server refused it or it lapsed (not by signing out). */
  expired: boolean;
  /**
   * After an administrator's reset: the server refuses everything but `me`, `logout` and
   * `changePassword` until the password is changed, so every page but that one is out of reach.
   */
  mustChangePassword: boolean;
  /** The deployment requires a second factor this account lacks: only the security page is in reach until it enrolls one. */
  restricted: boolean;
  /** Note a fresh session from `login` (its cookie the server has already set). */
  signIn(session: StoredSession): void;
  /** The password was changed: the session may do everything again. */
  passwordChanged(): void;
  /** A second factor was confirmed: a restricted session may do everything again. */
  secondFactorEnrolled(): void;
  /**
   * Forget the session here (the note and the cache). The caller decides where to go next.
   * `endedOnServer: false` (a sign-out whose `logout` did not get through): the session cookie,
   * which no script can remove, is ended by a `logout` sent now and, failing that, at the next start.
   */
  endSession(reason?: 'signed-out' | 'expired', options?: { endedOnServer?: boolean }): Promise<void>;
  /**
   * A sign-out has begun: a query that the server refuses as UNAUTHENTICATED from now on (it was
   * in flight while `logout` revoked the session) is the sign-out, not an expiry.
   */
  beginSignOut(): void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export interface SessionProviderProps {
  store: SessionStore;
  unauthenticated: UnauthenticatedSignal;
  children: ReactNode;
  /** How often to notice a session that lapsed locally while the page stayed open. */
  checkIntervalMs?: number;
}

/**
 * Holds whether someone is signed in. The session itself is the HttpOnly `jointops_session`
 * cookie, which no script here can read; the store only notes that there is one and when it
 * lapses if unused. When the server refuses the session, or it lapses locally, this clears the
 * note and the Apollo cache and sends the user to /sign-in?expired=1, remembering where they were.
 */
export function SessionProvider({ store, unauthenticated, children, checkIntervalMs = 15_000 }: SessionProviderProps) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [signedIn, setSignedIn] = useState(() => store.isLive());
  const [checking, setChecking] = useState(() => !store.isLive());
  const [mustChangePassword, setMustChangePassword] = useState(() => store.read()?.mustChangePassword === true);
  const [restricted, setRestricted] = useState(() => store.read()?.restricted === true);
  // Survives a reload that races the redirect (e.g. a logout elsewhere closes this tab's socket).
  const [expired, setExpired] = useState(() => readExpiredFlag());
  const signedInRef = useRef(signedIn);
  signedInRef.current = signedIn;
  const signingOutRef = useRef(false);
  const beginSignOut = useCallback(() => {
    signingOutRef.current = true;
  }, []);
  const locationRef = useRef(location);
  locationRef.current = location;

  // The session's expiry as last seen here: tells a lapse (the note ran out) from a sign-out in another tab (it was removed).
  const lastExpiryRef = useRef(Date.parse(store.read()?.expiresAt ?? '') || 0);

  /**
   * Ends the session on the server too, so its cookie is useless: `logout` answers with the
   * cookie cleared. Until that gets through (or the server says the session is already gone) a
   * note stays, and the next start sends it again before anything else.
   */
  const endOnServer = useCallback(async () => {
    writeFlag(LOGOUT_PENDING_FLAG, true, 'local');
    try {
      await client.mutate({ mutation: LogoutDocument });
      writeFlag(LOGOUT_PENDING_FLAG, false, 'local');
    } catch (error) {
      if (isUnauthenticatedError(error)) writeFlag(LOGOUT_PENDING_FLAG, false, 'local');
    }
  }, [client]);

  const endSession = useCallback(
    async (reason: 'signed-out' | 'expired' = 'signed-out', options: { endedOnServer?: boolean } = {}) => {
      if (options.endedOnServer === false) void endOnServer();
      store.clear();
      signedInRef.current = false;
      setSignedIn(false);
      setMustChangePassword(false);
      setRestricted(false);
      setExpired(reason === 'expired');
      writeExpiredFlag(reason === 'expired');
      await client.clearStore();
      signingOutRef.current = false;
    },
    [client, endOnServer, store],
  );

  const expire = useCallback(() => {
    if (!signedInRef.current || signingOutRef.current) return; // already signed out (or signing out): nothing expired
    const here = locationRef.current;
    const state: SignInLocationState = {
      expired: true,
      ...(here.pathname !== SIGN_IN_PATH ? { from: { pathname: here.pathname, search: here.search, hash: here.hash } } : {}),
    };
    // RequireAuth sends protected pages to the same place as soon as `signedIn` drops;
    // navigating here also covers public pages.
    navigate({ pathname: SIGN_IN_PATH, search: EXPIRED_SEARCH }, { replace: true, state });
    void endSession('expired');
  }, [endSession, navigate]);

  useEffect(() => unauthenticated.subscribe(expire), [unauthenticated, expire]);

  // At start with no note of a session: a sign-out that did not reach the server is finished
  // first; then `me` says whether the cookie holds a session (UNAUTHENTICATED: it does not).
  const startChecked = useRef(false);
  useEffect(() => {
    if (!checking || startChecked.current) return;
    startChecked.current = true;
    void (async () => {
      if (readFlag(LOGOUT_PENDING_FLAG, 'local')) await endOnServer();
      try {
        const { data } = await client.query({ query: MeDocument, fetchPolicy: 'network-only' });
        if (data?.me && !store.isLive()) {
          store.save({ expiresAt: new Date(Date.now() + SESSION_POLICY.idleTimeoutMinutes * 60_000).toISOString() });
          signedInRef.current = true;
          setSignedIn(true);
        }
      } catch {
        // UNAUTHENTICATED (no cookie, or its session ended) or offline: signed out.
      } finally {
        setChecking(false);
      }
    })();
  }, [checking, client, endOnServer, store]);

  // A session can also lapse while idle in an open tab, or end in another tab.
  useEffect(() => {
    const check = () => {
      const current = store.read();
      if (signedInRef.current && current === null) {
        // Lapsed here: the cookie would still open the session until the server's own idle
        // timeout, so end it there too. Ended by another tab's sign-out: nothing to do.
        if (lastExpiryRef.current <= Date.now()) void endOnServer();
        expire();
      } else if (!signedInRef.current && current !== null) setSignedIn(true);
      if (current) lastExpiryRef.current = Date.parse(current.expiresAt);
    };
    const timer = setInterval(check, checkIntervalMs);
    window.addEventListener('storage', check);
    return () => {
      clearInterval(timer);
      window.removeEventListener('storage', check);
    };
  }, [checkIntervalMs, endOnServer, expire, store]);

  const signIn = useCallback(
    (session: StoredSession) => {
      store.save({ ...session, startedAt: session.startedAt ?? new Date().toISOString() });
      lastExpiryRef.current = Date.parse(session.expiresAt);
      writeFlag(LOGOUT_PENDING_FLAG, false, 'local');
      signedInRef.current = true;
      setChecking(false);
      setSignedIn(true);
      setMustChangePassword(session.mustChangePassword === true);
      setRestricted(session.restricted === true);
      setExpired(false);
      writeExpiredFlag(false);
    },
    [store],
  );

  const passwordChanged = useCallback(() => {
    const current = store.read();
    if (current) store.save({ ...current, mustChangePassword: false });
    setMustChangePassword(false);
  }, [store]);

  const secondFactorEnrolled = useCallback(() => {
    const current = store.read();
    if (current) store.save({ ...current, restricted: false });
    setRestricted(false);
  }, [store]);

  const value = useMemo(
    () => ({ signedIn, checking, expired, mustChangePassword, restricted, signIn, passwordChanged, secondFactorEnrolled, endSession, beginSignOut }),
    [signedIn, checking, expired, mustChangePassword, restricted, signIn, passwordChanged, secondFactorEnrolled, endSession, beginSignOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

const EXPIRED_FLAG = 'jointops.sessionExpired';
/** A sign-out or lapse whose `logout` has not reached the server yet (localStorage: survives the tab). */
const LOGOUT_PENDING_FLAG = 'jointops.logoutPending';

/** Reading window.localStorage itself can throw (storage disabled), so it is read inside the try. */
const storageArea = (area: 'local' | 'session'): Storage => (area === 'local' ? window.localStorage : window.sessionStorage);

function readFlag(key: string, area: 'local' | 'session'): boolean {
  try {
    return storageArea(area).getItem(key) === '1';
  } catch {
    return false;
  }
}

function writeFlag(key: string, on: boolean, area: 'local' | 'session'): void {
  try {
    if (on) storageArea(area).setItem(key, '1');
    else storageArea(area).removeItem(key);
  } catch {
    // Storage can be unavailable (private modes): the flag then lasts only as long as the page does.
  }
}

// Survives a reload that races the redirect; the message is then shown only without a reload when storage is off.
function readExpiredFlag(): boolean {
  return readFlag(EXPIRED_FLAG, 'session');
}

function writeExpiredFlag(expired: boolean): void {
  writeFlag(EXPIRED_FLAG, expired, 'session');
}
