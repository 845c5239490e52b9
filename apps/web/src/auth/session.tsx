import { useApolloClient } from '@apollo/client/react';
import type { SessionStore, StoredSession } from '@jointops/web-data';
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

interface SessionContextValue {
  signedIn: boolean;
  /** The last session ended because the server refused it or it lapsed (not by signing out). */
  expired: boolean;
  /**
   * After an administrator's reset: the server refuses everything but `me`, `logout` and
   * `changePassword` until the password is changed, so every page but that one is out of reach.
   */
  mustChangePassword: boolean;
  /** Keep a fresh session from `login`. */
  signIn(session: StoredSession): void;
  /** The password was changed: the session may do everything again. */
  passwordChanged(): void;
  /** Forget the session locally (token and cache). The caller decides where to go next. */
  endSession(reason?: 'signed-out' | 'expired'): Promise<void>;
  /** The bearer token, for the few requests that are not GraphQL (PDF exports). */
  getToken(): string | null;
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
 * Holds whether someone is signed in. When the server refuses the session, or it lapses locally,
 * it clears the token and the Apollo cache and sends the user to /sign-in?expired=1, remembering
 * where they were.
 */
export function SessionProvider({ store, unauthenticated, children, checkIntervalMs = 15_000 }: SessionProviderProps) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [signedIn, setSignedIn] = useState(() => store.getToken() !== null);
  const [mustChangePassword, setMustChangePassword] = useState(() => store.read()?.mustChangePassword === true);
  // Survives a reload that races the redirect (e.g. a logout elsewhere closes this tab's socket).
  const [expired, setExpired] = useState(() => readExpiredFlag());
  const signedInRef = useRef(signedIn);
  signedInRef.current = signedIn;
  const locationRef = useRef(location);
  locationRef.current = location;

  const endSession = useCallback(
    async (reason: 'signed-out' | 'expired' = 'signed-out') => {
      store.clear();
      signedInRef.current = false;
      setSignedIn(false);
      setMustChangePassword(false);
      setExpired(reason === 'expired');
      writeExpiredFlag(reason === 'expired');
      await client.clearStore();
    },
    [client, store],
  );

  const expire = useCallback(() => {
    if (!signedInRef.current) return; // already signed out (or signing out): nothing expired
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

  // A session can also lapse while idle in an open tab, or end in another tab.
  useEffect(() => {
    const check = () => {
      if (signedInRef.current && store.getToken() === null) expire();
      else if (!signedInRef.current && store.getToken() !== null) setSignedIn(true);
    };
    const timer = setInterval(check, checkIntervalMs);
    window.addEventListener('storage', check);
    return () => {
      clearInterval(timer);
      window.removeEventListener('storage', check);
    };
  }, [checkIntervalMs, expire, store]);

  const signIn = useCallback(
    (session: StoredSession) => {
      store.save(session);
      signedInRef.current = true;
      setSignedIn(true);
      setMustChangePassword(session.mustChangePassword === true);
      setExpired(false);
      writeExpiredFlag(false);
    },
    [store],
  );

  const passwordChanged = useCallback(() => {
    const current = store.read();
    if (current) store.save({ token: current.token, expiresAt: current.expiresAt });
    setMustChangePassword(false);
  }, [store]);

  const getToken = useCallback(() => store.getToken(), [store]);
  const value = useMemo(
    () => ({ signedIn, expired, mustChangePassword, signIn, passwordChanged, endSession, getToken }),
    [signedIn, expired, mustChangePassword, signIn, passwordChanged, endSession, getToken],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

const EXPIRED_FLAG = 'jointops.sessionExpired';

function readExpiredFlag(): boolean {
  try {
    return window.sessionStorage.getItem(EXPIRED_FLAG) === '1';
  } catch {
    return false;
  }
}

function writeExpiredFlag(expired: boolean): void {
  try {
    if (expired) window.sessionStorage.setItem(EXPIRED_FLAG, '1');
    else window.sessionStorage.removeItem(EXPIRED_FLAG);
  } catch {
    // Storage can be unavailable (private modes); the message is then shown only without a reload.
  }
}
