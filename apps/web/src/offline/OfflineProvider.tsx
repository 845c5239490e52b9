import { useApolloClient, useQuery } from '@apollo/client/react';
import { sessionAbsoluteEnd } from '@jointops/domain';
import { MeDocument, useConnectionStore, type SessionStore } from '@jointops/web-data';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useSession } from '../auth/session';
import { offlineStore } from './store/offline-store';
import { createQueueSender } from './store/sender';
import type { OfflineIdentity, OfflineStore, QueueSender, QueuedWrite } from './store/types';

export interface OfflineContextValue {
  store: OfflineStore;
  /** Whose copies this device holds (noted at sign-in; still known offline after the idle timeout). */
  identity: OfflineIdentity | null;
  /** The signed-in user, whose writes `sender` sends (null while no one is signed in). */
  userId: string | null;
  /** Sends the signed-in user's writes (null while no one is signed in). */
  sender: QueueSender | null;
  /** The latest version of each plan's own debrief draft a queued save produced (the wizard continues from it). */
  debriefVersions: ReadonlyMap<string, number>;
}

export const OfflineContext = createContext<OfflineContextValue | null>(null);
const RETRY_MS = 15_000;

/**
 * Offline work (issue 19): notes who signed in (so their copies open with no connection until the
 * session's 12-hour absolute end), drops copies past their end, and sends the signed-in user's
 * queued writes whenever the connection may be back: at start, on `online`, when the live socket
 * reconnects, and every 15 s while some wait.
 */
export function OfflineProvider({ session, store: given, children }: { session: SessionStore; store?: OfflineStore; children: ReactNode }) {
  const client = useApolloClient();
  const connection = useConnectionStore();
  const { signedIn } = useSession();
  const store = useMemo(() => given ?? offlineStore(), [given]);
  const [identity, setIdentity] = useState<OfflineIdentity | null>(null);
  const [debriefVersions, setDebriefVersions] = useState<ReadonlyMap<string, number>>(new Map());
  // Read from the cache only: the signed-in pages ask for `me` themselves; this asks the server nothing.
  const me = useQuery(MeDocument, { skip: !signedIn, fetchPolicy: 'cache-only' }).data?.me ?? null;

  // Copies past their end go, and so does an identity past the session's absolute end.
  useEffect(() => {
    let alive = true;
    void (async () => {
      let found = await store.identity.read();
      if (found && found.sessionEndsAt <= Date.now()) {
        await store.copies.clearUser(found.userId);
        await store.identity.clear();
        found = null;
      }
      await store.copies.purgeExpired();
      if (alive) setIdentity((current) => current ?? found);
    })().catch(() => undefined); // no IndexedDB here: nothing is kept offline
    return () => {
      alive = false;
    };
  }, [store]);

  // A session this browser signed in: note whose copies these are and when they must be gone.
  useEffect(() => {
    const startedAt = session.read()?.startedAt;
    if (!signedIn || !me || !startedAt) return;
    const next: OfflineIdentity = { userId: me.id, displayName: me.displayName, sessionEndsAt: sessionAbsoluteEnd(startedAt) };
    void (async () => {
      const previous = await store.identity.read();
      if (previous && previous.userId !== next.userId) await store.copies.clearUser(previous.userId);
      if (!previous || previous.userId !== next.userId || previous.sessionEndsAt !== next.sessionEndsAt) await store.identity.save(next);
      setIdentity(next);
      // Ask the browser not to evict what waits on this device under storage pressure.
      await navigator.storage?.persist?.().catch(() => false);
    })().catch(() => undefined);
  }, [signedIn, me, session, store]);

  // Offline `me` cannot load: the identity this browser noted at sign-in stands in, when it is this session's.
  const startedAt = session.read()?.startedAt;
  const sameSession = Boolean(identity && startedAt && identity.sessionEndsAt === sessionAbsoluteEnd(startedAt));
  const userId = signedIn ? (me?.id ?? (sameSession ? identity!.userId : null)) : null;
  const sender = useMemo(() => {
    if (!userId) return null;
    return createQueueSender({
      store,
      client,
      userId,
      onSent: (write: QueuedWrite, result: unknown) => {
        if (write.kind !== 'saveDebrief') return;
        const version = (result as { saveDebrief?: { version?: number } } | null)?.saveDebrief?.version;
        if (typeof version === 'number') setDebriefVersions((current) => new Map(current).set(write.planId, version));
      },
    });
  }, [client, store, userId]);

  useEffect(() => {
    if (!sender || !userId) return;
    const flush = () => void sender.flush().catch(() => undefined);
    flush();
    let timer: ReturnType<typeof setInterval> | null = null;
    const follow = async () => {
      const waiting = await store.queue.list(userId).then((writes) => writes.some((write) => write.state === 'waiting'), () => false);
      if (waiting && !timer) timer = setInterval(flush, RETRY_MS);
      if (!waiting && timer) {
        clearInterval(timer);
        timer = null;
      }
    };
    void follow();
    const unsubscribe = store.queue.subscribe(() => void follow());
    const offReconnect = connection.onReconnect(flush);
    window.addEventListener('online', flush);
    return () => {
      unsubscribe();
      offReconnect();
      window.removeEventListener('online', flush);
      if (timer) clearInterval(timer);
    };
  }, [connection, sender, store, userId]);

  const value = useMemo(() => ({ store, identity, userId, sender, debriefVersions }), [store, identity, userId, sender, debriefVersions]);
  return <OfflineContext.Provider value={value}>{children}</OfflineContext.Provider>;
}

export function useOffline(): OfflineContextValue {
  const value = useContext(OfflineContext);
  if (!value) throw new Error('useOffline must be used inside <OfflineProvider>');
  return value;
}
